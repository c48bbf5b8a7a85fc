package io.vectort.web;

import io.vectort.shared.PublicUrl;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Edge settings, prefix {@code vectort.web}.
 *
 * @param publicUrl where users reach Vectort ({@code VECTORT_PUBLIC_URL}, e.g.
 *     {@code https://vectort.example.com}); absolute links (downloads, the API document's server) are
 *     built from it, never from the request's Host header. Empty: links are relative.
 * @param trustedProxies addresses and CIDR blocks of the reverse proxies whose
 *     {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are believed ({@code
 *     VECTORT_TRUSTED_PROXIES}, comma-separated). Empty: nobody's.
 * @param metricsToken the bearer token Prometheus sends to read {@code /api/metrics} and {@code
 *     /actuator/**} ({@code VECTORT_METRICS_TOKEN}, at least 16 characters). Empty: those endpoints
 *     are closed on the public port (a separate management port may still serve them).
 */
@ConfigurationProperties("vectort.web")
public record WebProperties(
        @DefaultValue("") String publicUrl,
        @DefaultValue("") List<String> trustedProxies,
        @DefaultValue("") String metricsToken) {

    static final int MIN_METRICS_TOKEN_LENGTH = 16;

    public WebProperties {
        trustedProxies = trustedProxies.stream()
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .toList();
        try {
            TrustedProxies.parse(trustedProxies);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "vectort.web.trusted-proxies (VECTORT_TRUSTED_PROXIES): " + e.getMessage(), e);
        }
        if (!publicUrl.isBlank()) {
            try {
                PublicUrl.of(publicUrl);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("vectort.web.public-url (VECTORT_PUBLIC_URL) " + e.getMessage(), e);
            }
        }
        if (!metricsToken.isEmpty() && metricsToken.strip().length() < MIN_METRICS_TOKEN_LENGTH) {
            throw new IllegalArgumentException("vectort.web.metrics-token (VECTORT_METRICS_TOKEN) must be at least "
                    + MIN_METRICS_TOKEN_LENGTH + " characters (openssl rand -hex 32), or empty to close the metrics");
        }
    }

    PublicUrl links() {
        return publicUrl.isBlank() ? PublicUrl.relative() : PublicUrl.of(publicUrl);
    }
}
