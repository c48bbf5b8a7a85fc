package io.vectort.generation.github;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * GitHub's REST API, prefix {@code vectort.github}.
 *
 * @param apiUrl the API's base URL ({@code VECTORT_GITHUB_API_URL}): GitHub Enterprise Server's
 *     {@code https://host/api/v3}, or a test's fake. Set by the operator, so it is not subject to
 *     the outbound policy that guards URLs users supply.
 * @param timeout how long one call may take
 */
@Validated
@ConfigurationProperties("vectort.github")
public record GitHubProperties(
        @DefaultValue("https://api.github.com") String apiUrl,
        @DefaultValue("20s") Duration timeout) {

    public GitHubProperties {
        if (!apiUrl.startsWith("https://") && !apiUrl.startsWith("http://")) {
            throw new IllegalArgumentException("VECTORT_GITHUB_API_URL must be an http(s) URL, not: " + apiUrl);
        }
        apiUrl = apiUrl.endsWith("/") ? apiUrl.substring(0, apiUrl.length() - 1) : apiUrl;
    }
}
