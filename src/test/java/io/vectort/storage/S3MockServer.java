package io.vectort.storage;

import com.adobe.testing.s3mock.S3MockApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;

/**
 * S3Mock (Adobe's S3 implementation for tests) started in this JVM, once, on random ports, plain
 * HTTP. It is a Spring Boot application sharing our classpath, so it must not pick up our
 * configuration or our auto-configurations: it reads no {@code application.*} file (a config name
 * nobody uses) and the JDBC, Flyway and Security auto-configurations are excluded.
 */
public final class S3MockServer {

    public static final String BUCKET = "vectort-test";

    private static final String EXCLUDED = String.join(
            ",",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceInitializationAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.health.DataSourceHealthContributorAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.metrics.DataSourcePoolMetricsAutoConfiguration",
            "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet"
                    + ".OAuth2ResourceServerAutoConfiguration");

    private static S3MockApplication running;

    private S3MockServer() {}

    /** The HTTP endpoint, e.g. {@code http://127.0.0.1:40123}; starts S3Mock on first use. */
    public static synchronized String endpoint() {
        if (running == null) {
            running = start();
            Runtime.getRuntime().addShutdownHook(new Thread(running::stop));
        }
        return "http://127.0.0.1:" + running.getHttpPort();
    }

    private static S3MockApplication start() {
        Path root;
        try {
            root = Files.createTempDirectory("s3mock");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Command-line arguments outrank every other property source.
        return S3MockApplication.start(
                new HashMap<String, Object>(),
                "--spring.config.name=s3mock-in-vectort-tests",
                "--spring.autoconfigure.exclude=" + EXCLUDED,
                "--spring.jmx.enabled=false",
                "--server.port=0",
                "--http.port=0",
                "--com.adobe.testing.s3mock.http-port=0",
                "--com.adobe.testing.s3mock.max-payload-size=10MB",
                "--com.adobe.testing.s3mock.store.retain-files-on-exit=false",
                "--com.adobe.testing.s3mock.store.root=" + root,
                "--com.adobe.testing.s3mock.store.initial-buckets=" + BUCKET,
                "--com.adobe.testing.s3mock.store.region=us-east-1",
                "--logging.level.root=WARN",
                "--management.endpoints.access.default=none");
    }
}
