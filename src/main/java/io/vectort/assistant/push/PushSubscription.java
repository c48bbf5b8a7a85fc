package io.vectort.assistant.push;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One browser's push subscription. {@code auth} is the browser's secret (opened from its sealed
 * form only to encrypt a push); {@link #toString} leaves the endpoint's token and the keys out, so a
 * subscription may be logged.
 */
public record PushSubscription(
        UUID id,
        UUID userId,
        String endpoint,
        String p256dh,
        String auth,
        @Nullable String userAgent,
        Instant createdAt,
        @Nullable Instant lastSuccessAt,
        @Nullable Instant lastFailureAt) {

    /** The push service's host: what is shown, exported and logged instead of the endpoint. */
    public String host() {
        String host = URI.create(endpoint).getHost();
        return host == null ? "" : host;
    }

    @Override
    public String toString() {
        return "PushSubscription[id=" + id + ", host=" + host() + "]";
    }
}
