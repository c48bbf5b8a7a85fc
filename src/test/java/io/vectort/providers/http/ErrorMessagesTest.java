package io.vectort.providers.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.providers.Fixtures;
import org.junit.jupiter.api.Test;

class ErrorMessagesTest {

    @Test
    void findsTheMessageInEveryVendorShape() {
        assertThat(ErrorMessages.vendorMessage(WireJson.MAPPER.readTree("{\"error\":{\"message\":\"openai\"}}")))
                .hasValue("openai");
        assertThat(ErrorMessages.vendorMessage(WireJson.MAPPER.readTree("{\"error\":\"model 'x' not found\"}")))
                .hasValue("model 'x' not found");
        assertThat(ErrorMessages.vendorMessage(WireJson.MAPPER.readTree("{\"detail\":\"Not Found\"}")))
                .hasValue("Not Found");
        assertThat(ErrorMessages.vendorMessage(WireJson.MAPPER.readTree("{\"detail\":[{\"loc\":[\"body\"]}]}")))
                .isEmpty();
    }

    @Test
    void prefixesTheDeploymentAndRemovesTheKey() {
        assertThat(ErrorMessages.forCaller(Fixtures.deployment("openai", "sk-123"), "bad key sk-123 (sk-123)"))
                .isEqualTo("fixture-deployment: bad key [redacted] ([redacted])");
    }

    @Test
    void shortensLongMessages() {
        String message = ErrorMessages.forCaller(Fixtures.deployment("openai", "k"), "x".repeat(5000));

        assertThat(message).hasSize(ErrorMessages.MAX_LENGTH + 1).endsWith("…");
    }

    @Test
    void recognisesErrorObjectsButNotNullErrors() {
        assertThat(ErrorMessages.carriesError(WireJson.MAPPER.readTree("{\"error\":{\"message\":\"x\"}}")))
                .isTrue();
        assertThat(ErrorMessages.carriesError(WireJson.MAPPER.readTree("{\"error\":null,\"choices\":[]}")))
                .isFalse();
        assertThat(ErrorMessages.carriesError(WireJson.MAPPER.readTree("{\"choices\":[]}")))
                .isFalse();
    }
}
