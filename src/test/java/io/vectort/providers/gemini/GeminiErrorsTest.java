package io.vectort.providers.gemini;

import static io.vectort.providers.Fixtures.headers;
import static io.vectort.providers.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.providers.Deployment;
import io.vectort.providers.ErrorKind;
import io.vectort.providers.Fixtures;
import io.vectort.providers.ProviderException;
import io.vectort.providers.http.UpstreamError;
import io.vectort.providers.http.WireJson;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class GeminiErrorsTest {

    private final Deployment deployment = Fixtures.deployment("gemini", "AIza-secret");

    @Test
    void quotaErrorsWaitForTheRetryInfoDelay() {
        ProviderException e = GeminiErrors.translate(
                deployment, new UpstreamError(429, headers(), text("gemini/error-rate-limit.json")));

        assertThat(e.kind()).isEqualTo(ErrorKind.RATE_LIMITED);
        assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(37));
        assertThat(e.getMessage()).startsWith("fixture-deployment: You exceeded your current quota");
    }

    @Test
    void anInvalidKeyIsAnAuthenticationFailureDespiteThe400() {
        ProviderException e = GeminiErrors.translate(
                deployment, new UpstreamError(400, headers(), text("gemini/error-invalid-key.json")));

        assertThat(e.kind()).isEqualTo(ErrorKind.AUTHENTICATION);
        assertThat(e.retryable()).isFalse();
    }

    @Test
    void overloadIsAServerError() {
        ProviderException e = GeminiErrors.translate(
                deployment, new UpstreamError(503, headers(), text("gemini/error-overloaded.json")));

        assertThat(e.kind()).isEqualTo(ErrorKind.SERVER_ERROR);
        assertThat(e.retryable()).isTrue();
    }

    @Test
    void errorsInsideAStreamAreClassifiedByTheirCode() {
        assertThat(GeminiErrors.inStream(deployment, WireJson.MAPPER.readTree(text("gemini/error-overloaded.json")))
                        .kind())
                .isEqualTo(ErrorKind.SERVER_ERROR);
        assertThat(GeminiErrors.inStream(deployment, WireJson.MAPPER.readTree(text("gemini/error-rate-limit.json")))
                        .kind())
                .isEqualTo(ErrorKind.RATE_LIMITED);
    }

    @Test
    void aBlockedPromptIsAContentFilter() {
        assertThat(GeminiErrors.blocked(deployment, "SAFETY").kind()).isEqualTo(ErrorKind.CONTENT_FILTER);
    }
}
