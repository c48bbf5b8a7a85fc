package io.vectort.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class OtlpHeadersTest {

    @Test
    void parsesCommaSeparatedPairsDecodingValuesAndSkippingInvalidOnes() {
        assertThat(OtlpHeaders.parse("api-key=s3cr%3Dt, x-team = ops ,broken,=nokey"))
                .containsExactly(java.util.Map.entry("api-key", "s3cr=t"), java.util.Map.entry("x-team", "ops"));
        assertThat(OtlpHeaders.parse("")).isEmpty();
    }

    @Test
    void tracingIsOnOnlyWithAnEndpointAndNotWhenTheStandardSwitchesSayOff() {
        assertThat(TracingSwitch.enabled(new MockEnvironment())).isFalse();
        assertThat(TracingSwitch.enabled(
                        new MockEnvironment().withProperty("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318")))
                .isTrue();
        assertThat(TracingSwitch.enabled(new MockEnvironment()
                        .withProperty("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "http://collector:4318/v1/traces")))
                .isTrue();
        assertThat(TracingSwitch.enabled(new MockEnvironment()
                        .withProperty("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318")
                        .withProperty("OTEL_SDK_DISABLED", "true")))
                .isFalse();
        assertThat(TracingSwitch.enabled(new MockEnvironment()
                        .withProperty("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318")
                        .withProperty("OTEL_TRACES_EXPORTER", "none")))
                .isFalse();
    }
}
