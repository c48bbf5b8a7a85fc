package io.vectort.providers;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * One configured way to reach one model: a provider type, its base URL, the model's name at that
 * provider, and a key. Several deployments may serve the same model (fallbacks, regions).
 *
 * @param name unique name, used in metrics and in {@code provider} fields ({@code openai-main})
 * @param provider provider type: {@code openai} (any OpenAI-compatible server), {@code anthropic},
 *     {@code gemini}
 * @param model the model as the provider names it ({@code gpt-4o-mini})
 * @param baseUrl e.g. {@code https://api.openai.com/v1}, {@code https://api.anthropic.com}, {@code
 *     https://generativelanguage.googleapis.com}
 * @param apiKey the key, if the provider needs one; never logged
 * @param headers extra HTTP headers (e.g. {@code api-version} for Azure-style deployments)
 * @param connectTimeout TCP/TLS connect
 * @param firstTokenTimeout from sending the request to the first byte of the answer
 * @param totalTimeout the whole call, streams included
 */
public record Deployment(
        String name,
        String provider,
        String model,
        URI baseUrl,
        Optional<Secret> apiKey,
        Map<String, String> headers,
        Duration connectTimeout,
        Duration firstTokenTimeout,
        Duration totalTimeout) {

    public Deployment {
        headers = Map.copyOf(headers);
    }

    /**
     * The same deployment for a non-streamed call, whose first byte arrives with the whole answer:
     * only the total timeout applies, so long answers are not cut by the first-token timeout.
     */
    public Deployment forNonStreamedCall() {
        return new Deployment(
                name, provider, model, baseUrl, apiKey, headers, connectTimeout, totalTimeout, totalTimeout);
    }

    /** A secret value whose {@code toString} never reveals it, so it cannot leak into logs. */
    public record Secret(String value) {
        @Override
        public String toString() {
            return "Secret[redacted]";
        }
    }
}
