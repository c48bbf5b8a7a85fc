package io.vectort.storage;

import java.net.URI;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** Picks the blob store: S3 when a bucket is configured, the filesystem otherwise. */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StorageConfiguration.class);

    @Bean
    BlobStore blobStore(StorageProperties properties) {
        if (!properties.usesS3()) {
            log.info("Blob storage: filesystem under {}", properties.dir().toAbsolutePath());
            return new FilesystemBlobStore(properties.dir());
        }
        StorageProperties.S3 s3 = properties.s3();
        S3BlobStore store = S3Clients.store(s3, Clock.systemUTC());
        String where = s3.endpointOverride().orElse("AWS region " + s3.region());
        if (s3.verifyOnStartup()) {
            store.verifyBucket(where);
        }
        log.info("Blob storage: S3 bucket {} at {}", s3.bucket(), where);
        return store;
    }

    /** Builds SDK clients from configuration alone; credentials come from the SDK's default chain. */
    static final class S3Clients {

        private S3Clients() {}

        static S3BlobStore store(StorageProperties.S3 s3, Clock clock) {
            S3Configuration serviceConfiguration = S3Configuration.builder()
                    .pathStyleAccessEnabled(s3.usePathStyle())
                    .build();
            Region region = Region.of(s3.region());
            var client = S3Client.builder()
                    .region(region)
                    .credentialsProvider(DefaultCredentialsProvider.builder().build())
                    .serviceConfiguration(serviceConfiguration)
                    // Explicit, so that another SDK HTTP client on the classpath cannot make the choice ambiguous.
                    .httpClientBuilder(UrlConnectionHttpClient.builder());
            var presigner = S3Presigner.builder()
                    .region(region)
                    .credentialsProvider(DefaultCredentialsProvider.builder().build())
                    .serviceConfiguration(serviceConfiguration);
            s3.endpointOverride().map(URI::create).ifPresent(endpoint -> {
                client.endpointOverride(endpoint);
                presigner.endpointOverride(endpoint);
            });
            return new S3BlobStore(client.build(), presigner.build(), s3.bucket(), clock);
        }
    }
}
