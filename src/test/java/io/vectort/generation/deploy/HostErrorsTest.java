package io.vectort.generation.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HostErrorsTest {

    @Test
    void classifiesEachStatusOnce() {
        assertThat(HostErrors.classify("Vercel", 401, Optional.empty(), Optional.empty())
                        .code())
                .isEqualTo("bad-token");
        assertThat(HostErrors.classify("Vercel", 403, Optional.empty(), Optional.empty())
                        .code())
                .isEqualTo("bad-token");
        assertThat(HostErrors.classify("Netlify", 402, Optional.empty(), Optional.empty())
                        .code())
                .isEqualTo("quota-exceeded");
        DeployFailedException limited =
                HostErrors.classify("Netlify", 429, Optional.of("30"), Optional.of("slow down"));
        assertThat(limited.code()).isEqualTo("quota-exceeded");
        assertThat(limited.retryAfter()).contains(Duration.ofSeconds(30));
        assertThat(limited.getMessage()).contains("slow down").contains("30 s");
        DeployFailedException server = HostErrors.classify("Render", 503, Optional.empty(), Optional.empty());
        assertThat(server.code()).isEqualTo("provider-error");
        assertThat(server.retryable()).isTrue();
        assertThat(server.getMessage()).contains("HTTP 503");
        DeployFailedException refused = HostErrors.classify("Render", 400, Optional.empty(), Optional.of("bad repo"));
        assertThat(refused.code()).isEqualTo("provider-refused");
        assertThat(refused.retryable()).isFalse();
        assertThat(refused.getMessage()).contains("bad repo");
    }

    @Test
    void anHttpDateRetryAfterLeavesTheWaitUnknown() {
        assertThat(HostErrors.classify("Vercel", 429, Optional.of("Wed, 21 Oct 2026 07:28:00 GMT"), Optional.empty())
                        .retryAfter())
                .isEmpty();
    }
}
