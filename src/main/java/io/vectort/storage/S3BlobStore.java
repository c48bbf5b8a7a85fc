package io.vectort.storage;

import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Blobs as objects of one S3 bucket (AWS, MinIO, Ceph, R2...). Every SDK failure becomes a {@link
 * StorageUnavailableException}: from the caller's side a missing permission and an outage are the
 * same thing, and the log says which it was.
 */
public final class S3BlobStore implements BlobStore {

    private static final Logger log = LoggerFactory.getLogger(S3BlobStore.class);

    /** DeleteObjects takes at most 1000 keys per request. */
    static final int DELETE_BATCH = 1000;

    private final S3Client s3;
    private final S3Presigner presigner;
    private final String bucket;
    private final Clock clock;

    public S3BlobStore(S3Client s3, S3Presigner presigner, String bucket, Clock clock) {
        this.s3 = s3;
        this.presigner = presigner;
        this.bucket = bucket;
        this.clock = clock;
    }

    @Override
    public void put(String key, byte[] bytes, String contentType) {
        String checked = BlobKeys.key(key);
        call(
                "put " + checked,
                () -> s3.putObject(
                        request -> request.bucket(bucket).key(checked).contentType(contentType),
                        RequestBody.fromBytes(bytes)));
    }

    @Override
    public Optional<InputStream> get(String key) {
        String checked = BlobKeys.key(key);
        return call("get " + checked, () -> {
            try {
                return Optional.of(
                        s3.getObject(request -> request.bucket(bucket).key(checked)));
            } catch (NoSuchKeyException e) {
                return Optional.empty();
            }
        });
    }

    @Override
    public Optional<Long> size(String key) {
        String checked = BlobKeys.key(key);
        return call("head " + checked, () -> {
            try {
                return Optional.of(
                        s3.headObject(request -> request.bucket(bucket).key(checked))
                                .contentLength());
            } catch (NoSuchKeyException e) {
                return Optional.empty();
            } catch (S3Exception e) {
                // HEAD has no body, so a missing key arrives as a bare 404 without an error code.
                if (e.statusCode() == 404) {
                    return Optional.empty();
                }
                throw e;
            }
        });
    }

    @Override
    public List<String> list(String prefix) {
        String checked = BlobKeys.prefix(prefix);
        return call(
                "list " + checked,
                () -> s3
                        .listObjectsV2Paginator(
                                request -> request.bucket(bucket).prefix(checked))
                        .contents()
                        .stream()
                        .map(S3Object::key)
                        .sorted()
                        .toList());
    }

    @Override
    public void deleteAll(String prefix) {
        String checked = BlobKeys.prefix(prefix);
        call("delete " + checked, () -> {
            List<ObjectIdentifier> batch = new ArrayList<>(DELETE_BATCH);
            for (S3Object object : s3.listObjectsV2Paginator(
                            request -> request.bucket(bucket).prefix(checked))
                    .contents()) {
                batch.add(ObjectIdentifier.builder().key(object.key()).build());
                if (batch.size() == DELETE_BATCH) {
                    deleteBatch(batch);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                deleteBatch(batch);
            }
            return null;
        });
    }

    @Override
    public Optional<DownloadLink> downloadLink(String key, Duration ttl, String fileName) {
        String checked = BlobKeys.key(key);
        String disposition =
                ContentDisposition.attachment().filename(fileName).build().toString();
        return call("presign " + checked, () -> {
            Instant signedAt = clock.instant();
            var presigned = presigner.presignGetObject(request -> request.signatureDuration(ttl)
                    .getObjectRequest(get -> get.bucket(bucket).key(checked).responseContentDisposition(disposition)));
            URI url = URI.create(presigned.url().toString());
            return Optional.of(new DownloadLink(url, signedAt.plus(ttl)));
        });
    }

    /** Fails with a message naming the bucket and the cause when the bucket cannot be used. */
    void verifyBucket(String endpointDescription) {
        try {
            s3.headBucket(request -> request.bucket(bucket));
        } catch (SdkException e) {
            throw new IllegalStateException(
                    "S3 bucket '%s' (VECTORT_S3_BUCKET) is not reachable at %s (VECTORT_S3_ENDPOINT/VECTORT_S3_REGION):"
                                    .formatted(bucket, endpointDescription)
                            + " " + describe(e)
                            + ". Fix the bucket, endpoint or credentials, or set"
                            + " vectort.storage.s3.verify-on-startup=false to start anyway.",
                    e);
        }
    }

    private void deleteBatch(List<ObjectIdentifier> batch) {
        DeleteObjectsResponse response = s3.deleteObjects(request -> request.bucket(bucket)
                .delete(Delete.builder().objects(batch).quiet(true).build()));
        if (response.hasErrors() && !response.errors().isEmpty()) {
            var first = response.errors().getFirst();
            throw new IllegalStateException("S3 refused to delete %d of %d objects, e.g. %s: %s %s"
                    .formatted(response.errors().size(), batch.size(), first.key(), first.code(), first.message()));
        }
    }

    private <T> T call(String operation, Supplier<T> action) {
        try {
            return action.get();
        } catch (SdkException | IllegalStateException e) {
            log.warn("S3 {} in bucket {} failed: {}", operation, bucket, describe(e));
            throw new StorageUnavailableException(e);
        }
    }

    static String describe(Exception e) {
        if (e instanceof S3Exception s3) {
            String code = s3.awsErrorDetails() == null
                    ? ""
                    : " " + s3.awsErrorDetails().errorCode();
            return "HTTP " + s3.statusCode() + code;
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
