package io.vectort.providers.anthropic;

import static io.vectort.providers.Fixtures.events;
import static io.vectort.providers.Fixtures.headers;
import static io.vectort.providers.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.providers.Deployment;
import io.vectort.providers.ErrorKind;
import io.vectort.providers.Fixtures;
import io.vectort.providers.ProviderException;
import io.vectort.providers.http.SseEvent;
import io.vectort.providers.http.UpstreamError;
import io.vectort.providers.http.WireJson;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AnthropicErrorsTest {

    private final Deployment deployment = Fixtures.deployment("anthropic", "sk-ant-secret");

    @Test
    void overloadedIsRateLimited() {
        ProviderException e = AnthropicErrors.translate(
                deployment, new UpstreamError(529, headers(), text("anthropic/error-overloaded.json")));

        assertThat(e.kind()).isEqualTo(ErrorKind.RATE_LIMITED);
        assertThat(e.httpStatus()).hasValue(529);
        assertThat(e.getMessage()).isEqualTo("fixture-deployment: Overloaded");
    }

    @Test
    void rateLimitCarriesRetryAfter() {
        ProviderException e = AnthropicErrors.translate(
                deployment,
                new UpstreamError(429, headers("retry-after", "12"), text("anthropic/error-rate-limit.json")));

        assertThat(e.kind()).isEqualTo(ErrorKind.RATE_LIMITED);
        assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(12));
    }

    @Test
    void invalidRequestIsABadRequest() {
        ProviderException e = AnthropicErrors.translate(
                deployment, new UpstreamError(400, headers(), text("anthropic/error-invalid-request.json")));

        assertThat(e.kind()).isEqualTo(ErrorKind.BAD_REQUEST);
        assertThat(e.getMessage()).endsWith("messages: text content blocks must be non-empty");
    }

    @Test
    void errorEventsMidStreamAreClassifiedByType() {
        SseEvent error = events("anthropic/stream-overloaded.sse").getLast();

        assertThat(error.event()).isEqualTo("error");
        assertThat(AnthropicErrors.inStream(deployment, WireJson.MAPPER.readTree(error.data()))
                        .kind())
                .isEqualTo(ErrorKind.RATE_LIMITED);
        assertThat(AnthropicErrors.inStream(
                                deployment,
                                WireJson.MAPPER.readTree(
                                        "{\"type\":\"error\",\"error\":{\"type\":\"api_error\",\"message\":\"Internal server error\"}}"))
                        .kind())
                .isEqualTo(ErrorKind.SERVER_ERROR);
    }
}
