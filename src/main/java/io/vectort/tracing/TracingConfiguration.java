package io.vectort.tracing;

import java.util.LinkedHashMap;
import java.util.Map;
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
    @Bean
    OtlpHttpSpanExporterBuilderCustomizer otlpHeadersFromEnvironment(
            @Value("${OTEL_EXPORTER_OTLP_HEADERS:}") String headers,
            @Value("${OTEL_EXPORTER_OTLP_TRACES_HEADERS:}") String tracesHeaders) {
        Map<String, String> all = new LinkedHashMap<>(OtlpHeaders.parse(headers));
        all.putAll(OtlpHeaders.parse(tracesHeaders));
        return builder -> all.forEach(builder::addHeader);
    }
}
