package io.vectort.backup;

import java.nio.file.Path;
import java.util.List;

/** Where backup files live: a directory or an S3 prefix. Names are {@link BackupNames}. */
interface BackupTarget {

    /** For messages: the directory, or {@code s3://bucket/prefix}. */
    String describe();

    /** Stores the finished local {@code file} as {@code name}, whole or not at all. */
    void upload(String name, Path file);

    /** A local file holding backup {@code name}; {@code scratch} is a directory the call may use. */
    Path download(String name, Path scratch);

    /** Every backup file name on the target, in no particular order. */
    List<String> names();

    void delete(String name);
}
