package io.vectort.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StorageConfigurationTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void credentials() {
        System.setProperty("aws.accessKeyId", "test-access-key");
        System.setProperty("aws.secretAccessKey", "test-secret-key");
    }

    @Test
    void usesTheFilesystemWithoutABucket() {
        BlobStore store = new StorageConfiguration().blobStore(properties("", true));

        assertThat(store).isInstanceOf(FilesystemBlobStore.class);
    }

    @Test
    void usesS3WhenABucketIsConfiguredAndReachable() {
        BlobStore store = new StorageConfiguration().blobStore(properties(S3MockServer.BUCKET, true));

        assertThat(store).isInstanceOf(S3BlobStore.class);
    }

    @Test
    void refusesToStartOnAnUnreachableBucketUnlessTold() {
        assertThatThrownBy(() -> new StorageConfiguration().blobStore(properties("missing-bucket", true)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("missing-bucket")
                .hasMessageContaining("VECTORT_S3_BUCKET")
                .hasMessageContaining(S3MockServer.endpoint())
                .hasMessageContaining("verify-on-startup=false");

        assertThat(new StorageConfiguration().blobStore(properties("missing-bucket", false)))
                .isInstanceOf(S3BlobStore.class);
    }

    @Test
    void refusesAPresignTtlS3CannotSign() {
        assertThatThrownBy(() -> new StorageProperties.S3("b", "", "us-east-1", Duration.ofDays(8), false, true))
                .hasMessageContaining("vectort.storage.s3.presign-ttl");
    }

    private StorageProperties properties(String bucket, boolean verify) {
        return new StorageProperties(
                dir,
                new StorageProperties.S3(
                        bucket,
                        bucket.isEmpty() ? "" : S3MockServer.endpoint(),
                        "us-east-1",
                        Duration.ofHours(24),
                        false,
                        verify));
    }
}
