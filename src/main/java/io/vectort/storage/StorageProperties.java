package io.vectort.storage;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Storage settings, prefix {@code vectort.storage}. S3 is used when {@code s3.bucket} is set,
 * the filesystem under {@code dir} otherwise.
 *
 * @param dir the root of the filesystem store
 * @param s3 the S3-compatible store
 */
@ConfigurationProperties("vectort.storage")
public record StorageProperties(
        @DefaultValue("./data/blobs") Path dir,
        @DefaultValue S3 s3) {

    public boolean usesS3() {
        return !s3.bucket().isBlank();
    }

    /**
     * @param bucket the bucket ({@code VECTORT_S3_BUCKET}); empty means "use the filesystem"
     * @param endpoint an endpoint override for MinIO, Ceph, R2... ({@code VECTORT_S3_ENDPOINT});
     *     setting one turns path-style access on
     * @param region the signing region ({@code VECTORT_S3_REGION})
     * @param presignTtl how long a download link stays valid
     * @param pathStyle force path-style URLs even without an endpoint override
     * @param verifyOnStartup check at startup that the bucket is reachable, and refuse to start if not
     */
    public record S3(
            @DefaultValue("") String bucket,
            @DefaultValue("") String endpoint,
            @DefaultValue("us-east-1") String region,
            @DefaultValue("24h") Duration presignTtl,
            @DefaultValue("false") boolean pathStyle,
            @DefaultValue("true") boolean verifyOnStartup) {

        public S3 {
            if (presignTtl.isNegative() || presignTtl.isZero() || presignTtl.compareTo(Duration.ofDays(7)) > 0) {
                // S3 refuses SigV4 presigned URLs valid for more than 7 days.
                throw new IllegalArgumentException(
                        "vectort.storage.s3.presign-ttl must be between 1s and 7d, was " + presignTtl);
            }
        }

        Optional<String> endpointOverride() {
            return endpoint.isBlank() ? Optional.empty() : Optional.of(endpoint.strip());
        }

        boolean usePathStyle() {
            return pathStyle || endpointOverride().isPresent();
        }
    }
}
