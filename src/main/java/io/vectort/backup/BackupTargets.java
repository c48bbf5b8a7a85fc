package io.vectort.backup;

import io.vectort.storage.StorageProperties;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/** Turns {@code /backups}, {@code s3://bucket/prefix} or a path to one backup file into a target. */
final class BackupTargets {

    /** A target and, when the location named one backup file, that file's name. */
    record Location(BackupTarget target, Optional<String> name) {}

    private BackupTargets() {}

    static Location parse(String location, BackupProperties backup, StorageProperties storage) {
        String trimmed = location.strip();
        if (trimmed.isEmpty()) {
            throw new BackupException(
                    "No backup target: give a directory or s3://bucket/prefix," + " or set VECTORT_BACKUP_TARGET");
        }
        int slash = trimmed.lastIndexOf('/');
        String last = trimmed.substring(slash + 1);
        Optional<String> name = BackupNames.isBackup(last) ? Optional.of(last) : Optional.empty();
        String where = name.isPresent() ? trimmed.substring(0, Math.max(slash, 0)) : trimmed;
        if (where.startsWith("s3://")) {
            String rest = where.substring("s3://".length());
            int cut = rest.indexOf('/');
            String bucket = cut < 0 ? rest : rest.substring(0, cut);
            if (bucket.isBlank()) {
                throw new BackupException("An S3 target is s3://bucket/prefix; the bucket is missing in " + location);
            }
            return new Location(
                    new S3Target(client(backup, storage), bucket, cut < 0 ? "" : rest.substring(cut + 1)), name);
        }
        return new Location(new DirectoryTarget(Path.of(where.isEmpty() ? "." : where)), name);
    }

    /** Credentials come from the AWS SDK's default chain, as for the blob store. */
    private static S3Client client(BackupProperties backup, StorageProperties storage) {
        String endpoint = backup.s3Endpoint().isBlank() ? storage.s3().endpoint() : backup.s3Endpoint();
        String region = backup.s3Region().isBlank() ? storage.s3().region() : backup.s3Region();
        var builder = S3Client.builder()
                .region(Region.of(region))
                .credentialsProvider(DefaultCredentialsProvider.builder().build())
                .serviceConfiguration(S3Configuration.builder()
                        .pathStyleAccessEnabled(!endpoint.isBlank())
                        .build())
                .httpClientBuilder(UrlConnectionHttpClient.builder());
        if (!endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint.strip()));
        }
        return builder.build();
    }
}
