package io.vectort.tracing;

import io.micrometer.common.KeyValue;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.observation.ObservationFilter;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.otlp.OtlpHttpSpanExporterBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@code OTEL_*} settings Spring Boot has no property for (see application.yml for the others). */
@Configuration(proxyBeanMethods = false)
class TracingConfiguration {

    /**
     * {@code OTEL_EXPORTER_OTLP_HEADERS} ({@code key=value,key2=value2}, values URL-encoded), the
     * usual way to pass a collector's API key; {@code OTEL_EXPORTER_OTLP_TRACES_HEADERS} adds to it.
     */
    /**
     * Replaces Boot's ratio sampler (same property) so that only units of work start traces; see
     * {@link TraceRoots}.
     */
    @Bean
    Sampler otelSampler(@Value("${management.tracing.sampling.probability:1.0}") double probability) {
        return TraceRoots.sampler(probability);
    }

    /**
     * The database observations (tracing on) make spans only; pool use is {@code hikaricp.*} and
     * {@code jdbc.connections.*}, which they must not touch.
     */
    @Bean
    MeterFilter databaseObservationsAreNotMetrics() {
        return MeterFilter.deny(
                id -> DATABASE_OBSERVATIONS.contains(id.getName().replaceFirst("\\.active$", "")));
    }

    private static final Set<String> DATABASE_OBSERVATIONS = Set.of("jdbc.connection", "jdbc.query", "jdbc.result-set");

    /**
     * Names database spans after OpenTelemetry's database conventions, which trace backends group
     * and display by: the proxy only sets its own {@code jdbc.*} attributes.
     */
    @Bean
    ObservationFilter databaseSpansFollowTheConventions() {
        return context -> {
            if (DATABASE_OBSERVATIONS.contains(context.getName())) {
                context.addLowCardinalityKeyValue(KeyValue.of("db.system.name", "postgresql"));
                context.addLowCardinalityKeyValue(KeyValue.of("db.system", "postgresql"));
                KeyValue query = context.getHighCardinalityKeyValue("jdbc.query[0]");
                if (query != null) {
                    context.addHighCardinalityKeyValue(KeyValue.of("db.query.text", query.getValue()));
                }
            }
            return context;
        };
    }

    @Bean
    OtlpHttpSpanExporterBuilderCustomizer otlpHeadersFromEnvironment(
            @Value("${OTEL_EXPORTER_OTLP_HEADERS:}") String headers,
            @Value("${OTEL_EXPORTER_OTLP_TRACES_HEADERS:}") String tracesHeaders) {
        Map<String, String> all = new LinkedHashMap<>(OtlpHeaders.parse(headers));
        all.putAll(OtlpHeaders.parse(tracesHeaders));
        return builder -> all.forEach(builder::addHeader);
    }
}
