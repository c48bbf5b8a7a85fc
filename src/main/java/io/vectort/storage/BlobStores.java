package io.vectort.storage;

import java.time.Clock;

/** Opens the configured blob store outside the server (the backup and restore commands). */
public final class BlobStores {

    private BlobStores() {}

    /** S3 when a bucket is configured, the filesystem otherwise; no start-up check of the bucket. */
    public static BlobStore open(StorageProperties properties) {
        if (!properties.usesS3()) {
            return new FilesystemBlobStore(properties.dir());
        }
        return StorageConfiguration.S3Clients.store(properties.s3(), Clock.systemUTC());
    }
}
