package io.vectort.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Backups as objects under {@code s3://bucket/prefix/}. Files above {@link #PART_BYTES} go up as a
 * multipart upload (a single PUT stops at 5 GB); an interrupted one is aborted, so no half object
 * ever carries a backup's name.
 */
final class S3Target implements BackupTarget {

    static final long PART_BYTES = 64L * 1024 * 1024;

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    S3Target(S3Client s3, String bucket, String prefix) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
    }

    @Override
    public String describe() {
        return "s3://" + bucket + "/" + prefix;
    }

    @Override
    public void upload(String name, Path file) {
        try {
            long size = Files.size(file);
            if (size <= PART_BYTES) {
                s3.putObject(request -> request.bucket(bucket).key(prefix + name), RequestBody.fromFile(file));
            } else {
                multipart(prefix + name, file, size);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SdkException e) {
            throw new BackupException("Cannot upload the backup to " + describe() + ": " + e.getMessage(), e);
        }
    }

    private void multipart(String key, Path file, long size) throws IOException {
        String upload = s3.createMultipartUpload(
                        request -> request.bucket(bucket).key(key))
                .uploadId();
        try (InputStream in = Files.newInputStream(file)) {
            List<CompletedPart> parts = new ArrayList<>();
            for (int number = 1; (number - 1) * PART_BYTES < size; number++) {
                long length = Math.min(PART_BYTES, size - (number - 1) * PART_BYTES);
                int part = number;
                String etag = s3.uploadPart(
                                request -> request.bucket(bucket)
                                        .key(key)
                                        .uploadId(upload)
                                        .partNumber(part),
                                RequestBody.fromInputStream(in, length))
                        .eTag();
                parts.add(CompletedPart.builder().partNumber(part).eTag(etag).build());
            }
            s3.completeMultipartUpload(request ->
                    request.bucket(bucket).key(key).uploadId(upload).multipartUpload(body -> body.parts(parts)));
        } catch (IOException | RuntimeException e) {
            s3.abortMultipartUpload(request -> request.bucket(bucket).key(key).uploadId(upload));
            throw e;
        }
    }

    @Override
    public Path download(String name, Path scratch) {
        Path file = scratch.resolve(name);
        try {
            s3.getObject(request -> request.bucket(bucket).key(prefix + name), ResponseTransformer.toFile(file));
            return file;
        } catch (SdkException e) {
            throw new BackupException("Cannot download " + name + " from " + describe() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<String> names() {
        try {
            return s3.listObjectsV2Paginator(request -> request.bucket(bucket).prefix(prefix)).contents().stream()
                    .map(S3Object::key)
                    .map(key -> key.substring(prefix.length()))
                    .filter(name -> !name.contains("/"))
                    .toList();
        } catch (SdkException e) {
            throw new BackupException("Cannot list " + describe() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(String name) {
        try {
            s3.deleteObject(request -> request.bucket(bucket).key(prefix + name));
        } catch (SdkException e) {
            throw new BackupException("Cannot delete " + name + " in " + describe() + ": " + e.getMessage(), e);
        }
    }
}
