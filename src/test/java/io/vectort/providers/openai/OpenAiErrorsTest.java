package io.vectort.providers.openai;

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

class OpenAiErrorsTest {

    private final Deployment deployment = Fixtures.deployment("openai", "sk-secret");

    @Test
    void contentPolicyViolationIsAContentFilter() {
        ProviderException e = OpenAiErrors.translate(
                deployment, new UpstreamError(400, headers(), text("openai/error-content-policy.json")));

        assertThat(e.kind()).isEqualTo(ErrorKind.CONTENT_FILTER);
        assertThat(e.retryable()).isFalse();
        assertThat(e.getMessage()).startsWith("fixture-deployment: Your request was rejected");
    }

    @Test
    void azureContentFilterIsAContentFilter() {
        ProviderException e = OpenAiErrors.translate(
                deployment, new UpstreamError(400, headers(), text("openai/error-azure-content-filter.json")));

        assertThat(e.kind()).isEqualTo(ErrorKind.CONTENT_FILTER);
    }

    @Test
    void otherBadRequestsAreBadRequests() {
        ProviderException e = OpenAiErrors.translate(
                deployment, new UpstreamError(400, headers(), text("openai/error-invalid-request.json")));

        assertThat(e.kind()).isEqualTo(ErrorKind.BAD_REQUEST);
        assertThat(e.getMessage()).contains("Invalid type for 'messages[0].content'");
    }

    @Test
    void rateLimitWithoutRetryAfterWaitsForTheExhaustedLimit() {
        UpstreamError error = new UpstreamError(
                429,
                headers(
                        "x-ratelimit-remaining-requests", "499",
                        "x-ratelimit-reset-requests", "120ms",
                        "x-ratelimit-remaining-tokens", "0",
                        "x-ratelimit-reset-tokens", "1m6s"),
                text("openai/error-rate-limit.json"));

        ProviderException e = OpenAiErrors.translate(deployment, error);

        assertThat(e.kind()).isEqualTo(ErrorKind.RATE_LIMITED);
        assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(66));
    }

    @Test
    void retryAfterMillisecondsWin() {
        UpstreamError error = new UpstreamError(
                429, headers("retry-after-ms", "1500", "retry-after", "2"), text("openai/error-rate-limit.json"));

        assertThat(OpenAiErrors.translate(deployment, error).retryAfter()).hasValue(Duration.ofMillis(1500));
    }

    @Test
    void numericCodeInAStreamedErrorIsAStatus() {
        ProviderException e = OpenAiErrors.inStream(
                deployment,
                WireJson.MAPPER.readTree(
                        "{\"error\":{\"object\":\"error\",\"message\":\"context too long\",\"type\":\"BadRequestError\",\"param\":null,\"code\":400}}"));

        assertThat(e.kind()).isEqualTo(ErrorKind.BAD_REQUEST);
        assertThat(e.getMessage()).isEqualTo("fixture-deployment: context too long");
    }
}
