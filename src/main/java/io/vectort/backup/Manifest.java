package io.vectort.backup;

import java.util.List;
import java.util.Map;

/**
 * What a backup holds, written last as {@code manifest.json}: the schema version the data fits,
 * every table with its row count and the hash of its COPY file, sequence values, and every blob
 * with its size and hash. A restore and a check verify each of them.
 *
 * @param format {@link #FORMAT}; a future layout gets another value
 * @param createdAt when the database snapshot was taken (ISO-8601, UTC)
 * @param schemaVersion the Flyway version of the database when it was dumped
 * @param masterKeyIncluded whether {@code master.key} (a generated master key) is in the archive
 */
record Manifest(
        String format,
        String createdAt,
        String schemaVersion,
        List<Table> tables,
        Map<String, Long> sequences,
        List<Blob> blobs,
        boolean masterKeyIncluded) {

    static final String FORMAT = "vectort-backup/1";
    static final String ENTRY = "manifest.json";

    record Table(String name, long rows, String sha256) {

        String entry() {
            return "database/" + name + ".copy";
        }
    }

    record Blob(String key, long bytes, String sha256) {

        String entry() {
            return "blobs/" + key;
        }
    }
}
