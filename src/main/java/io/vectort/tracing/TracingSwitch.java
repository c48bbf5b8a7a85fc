package io.vectort.tracing;

import java.util.Set;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Leaves Spring Boot's tracing auto-configurations out unless an OTLP endpoint is set. Boot would
 * otherwise build the OpenTelemetry tracer, record spans and start a batch exporter thread with
 * nowhere to send them; without these classes only its no-op tracer remains (registered by {@code
 * NoopTracerAutoConfiguration}, which is kept), so tracing costs nothing when it is off.
 */
public final class TracingSwitch implements AutoConfigurationImportFilter, EnvironmentAware {

    static final String ENDPOINT = "OTEL_EXPORTER_OTLP_ENDPOINT";
    static final String TRACES_ENDPOINT = "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT";

    private static final Set<String> TRACING = Set.of(
            "org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration",
            "org.springframework.boot.micrometer.tracing.autoconfigure.prometheus.PrometheusExemplarsAutoConfiguration",
            "org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration",
            "org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.otlp.OtlpTracingAutoConfiguration",
            "org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.zipkin"
                    + ".ZipkinWithOpenTelemetryTracingAutoConfiguration",
            // Wraps the DataSource in a proxy that observes every connection and statement.
            "net.ttddyy.observation.boot.autoconfigure.DataSourceObservationAutoConfiguration",
            "net.ttddyy.observation.boot.autoconfigure.opentelemetry"
                    + ".DataSourceObservationOpenTelemetryAutoConfiguration");

    private boolean enabled;

    @Override
    public void setEnvironment(Environment environment) {
        this.enabled = enabled(environment);
    }

    /**
     * On when an endpoint is set, unless the standard switches say otherwise ({@code
     * OTEL_SDK_DISABLED=true}, {@code OTEL_TRACES_EXPORTER=none}).
     */
    static boolean enabled(Environment environment) {
        boolean endpoint = StringUtils.hasText(environment.getProperty(ENDPOINT))
                || StringUtils.hasText(environment.getProperty(TRACES_ENDPOINT));
        boolean disabled = "true".equalsIgnoreCase(environment.getProperty("OTEL_SDK_DISABLED", ""))
                || "none".equalsIgnoreCase(environment.getProperty("OTEL_TRACES_EXPORTER", ""));
        return endpoint && !disabled;
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean[] matches = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < autoConfigurationClasses.length; i++) {
            // An earlier filter leaves null where it already excluded a class.
            String candidate = autoConfigurationClasses[i];
            matches[i] = enabled || candidate == null || !TRACING.contains(candidate);
        }
        return matches;
    }
}
