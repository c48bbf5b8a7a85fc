package io.vectort.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The S3 store against S3Mock, in process, over real HTTP with real SigV4 signatures. */
class S3BlobStoreTest extends BlobStoreContract {

    @BeforeAll
    static void credentials() {
        // S3Mock accepts any credentials; the SDK's default chain reads these system properties.
        System.setProperty("aws.accessKeyId", "test-access-key");
        System.setProperty("aws.secretAccessKey", "test-secret-key");
    }

    @Override
    protected BlobStore createStore() {
        return S3BlobStoreFactory.create(s3(S3MockServer.BUCKET, S3MockServer.endpoint(), false));
    }

    static StorageProperties.S3 s3(String bucket, String endpoint, boolean verify) {
        return new StorageProperties.S3(bucket, endpoint, "us-east-1", Duration.ofHours(24), false, verify);
    }

    @Override
    protected void putAll(List<String> keys) {
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            keys.forEach(key -> pool.submit(() -> store.put(key, new byte[] {7}, "application/octet-stream")));
        }
    }

    @Test
    void downloadLinkIsAPresignedGetAnsweringAnAttachment() throws Exception {
        byte[] bytes = {80, 75, 3, 4, 0, -1};
        store.put(base + "users/u/v1.zip", bytes, "application/zip");
        Instant before = Instant.now();

        DownloadLink link = store.downloadLink(base + "users/u/v1.zip", Duration.ofMinutes(30), "todo-v1.zip")
                .orElseThrow();

        assertThat(link.expiresAt()).isCloseTo(before.plus(Duration.ofMinutes(30)), within(5, ChronoUnit.SECONDS));
        assertThat(link.url().getQuery()).contains("X-Amz-Signature=").contains("X-Amz-Expires=1800");
        HttpResponse<byte[]> response;
        try (HttpClient http = HttpClient.newHttpClient()) {
            response = http.send(
                    HttpRequest.newBuilder(link.url()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        }
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(bytes);
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(
                        value -> assertThat(value).contains("attachment").contains("todo-v1.zip"));
    }

    @Test
    void startupVerificationNamesTheBucketAndTheCause() {
        S3BlobStore missing = S3BlobStoreFactory.create(s3("no-such-bucket", S3MockServer.endpoint(), false));

        assertThatThrownBy(() -> missing.verifyBucket(S3MockServer.endpoint()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no-such-bucket")
                .hasMessageContaining("VECTORT_S3_BUCKET")
                .hasMessageContaining("404")
                .hasMessageNotContaining("test-secret-key");
    }

    @Test
    void anUnreachableStoreIsUnavailableNotAnInternalError() {
        S3BlobStore down = S3BlobStoreFactory.create(s3(S3MockServer.BUCKET, "http://127.0.0.1:9", false));

        assertThatThrownBy(() -> down.put(base + "k", new byte[] {1}, "text/plain"))
                .isInstanceOf(StorageUnavailableException.class);
        assertThatThrownBy(() -> down.list(base)).isInstanceOf(StorageUnavailableException.class);
    }

    /** Builds the store the way the application does. */
    static final class S3BlobStoreFactory {
        static S3BlobStore create(StorageProperties.S3 s3) {
            return StorageConfiguration.S3Clients.store(s3, Clock.systemUTC());
        }
    }
}
