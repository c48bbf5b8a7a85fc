package io.vectort.support;

import io.vectort.VectortApplication;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Another Vectort node in the test JVM, on the shared context's database, with the same fast job
 * settings and fake upstreams. It leaves logging alone: Logback is one per JVM, and a second
 * application configuring (and on close, tearing down) it would silence the shared context's logs
 * for every test that runs after.
 */
public final class SecondNode {

    private SecondNode() {}

    /** Starts a node; {@code overrides} (property → value) win over the defaults. */
    public static ConfigurableApplicationContext start(Map<String, String> overrides) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("server.port", "0");
        properties.put("vectort.database.url", IntegrationTest.databaseUrl);
        properties.put("vectort.database.user", "postgres");
        properties.put("vectort.database.master-key", IntegrationTest.MASTER_KEY);
        properties.put("vectort.preview.dir", TestDirs.previews("second"));
        properties.put("vectort.generation.default-generator", "starter");
        properties.put("vectort.generation.starter.chunk-delay", "0ms");
        properties.put("vectort.identity.registrations-per-hour", "50");
        properties.put("vectort.web.metrics-token", Api.METRICS_TOKEN);
        properties.put("vectort.web.trusted-proxies", "127.0.0.1");
        properties.put("vectort.jobs.heartbeat-interval", "500ms");
        properties.put("vectort.jobs.missed-heartbeats", "4");
        properties.put("vectort.jobs.polling-interval", "300ms");
        properties.put("vectort.jobs.retry-backoff", "100ms");
        properties.put("vectort.storage.dir", TestDirs.BLOBS.toString());
        FakeUpstreams.register((name, value) -> properties.put(name, String.valueOf(value)));
        properties.putAll(overrides);
        String previous = System.getProperty(LoggingSystem.SYSTEM_PROPERTY);
        System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
        try {
            // Command-line arguments outrank application.yml (the builder's properties would not).
            return new SpringApplicationBuilder(VectortApplication.class)
                    .run(properties.entrySet().stream()
                            .map(e -> "--" + e.getKey() + "=" + e.getValue())
                            .toArray(String[]::new));
        } finally {
            if (previous == null) {
                System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
            } else {
                System.setProperty(LoggingSystem.SYSTEM_PROPERTY, previous);
            }
        }
    }

    public static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }
}
