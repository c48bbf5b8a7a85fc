package io.vectort.identity.oauth;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code vectort_oauth_logins_total{provider,result}}: every provider round-trip, by how it ended.
 * Both labels are bounded: unknown provider ids count as {@code unknown}.
 */
@Component
class OAuthMetrics {

    enum Result {
        SUCCESS,
        MFA_REQUIRED,
        LINK_REQUIRED,
        CREATED,
        DENIED,
        ERROR
    }

    private static final Set<String> PROVIDERS = Set.of("google", "github", "apple", "oidc");

    private final MeterRegistry registry;

    OAuthMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(String provider, Result result) {
        Counter.builder("vectort.oauth.logins")
                .description("Sign-ins through a provider, by how they ended")
                .tag("provider", PROVIDERS.contains(provider) ? provider : "unknown")
                .tag("result", result.name().toLowerCase(java.util.Locale.ROOT))
                .register(registry)
                .increment();
    }
}
