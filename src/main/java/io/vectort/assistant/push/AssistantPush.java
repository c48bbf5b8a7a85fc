package io.vectort.assistant.push;

import io.vectort.shared.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What the rest of the Assistant needs besides subscriptions: the key to subscribe with, a test
 * push, and check-ins pushed like nudges.
 */
@Component
public class AssistantPush {

    private final PushProperties properties;
    private final VapidKeyStore keys;
    private final PushSubscriptions subscriptions;
    private final PushSender sender;
    private final PushChannel channel;

    AssistantPush(
            PushProperties properties,
            VapidKeyStore keys,
            PushSubscriptions subscriptions,
            PushSender sender,
            PushChannel channel) {
        this.properties = properties;
        this.keys = keys;
        this.subscriptions = subscriptions;
        this.sender = sender;
        this.channel = channel;
    }

    /**
     * Pushes a check-in to the user's browsers when they chose push; call it inside the transaction
     * that delivers the check-in (nothing goes out from here: a durable job sends it, once).
     *
     * @param checkIn the check-in's identity, e.g. {@code morning_plan/2026-12-04}
     */
    public void queueCheckIn(UUID userId, String checkIn, String title, String body, Instant dueAt) {
        channel.checkIn(userId, checkIn, title, body, dueAt);
    }

    /**
     * The VAPID public key (base64url), the browser's {@code applicationServerKey}.
     *
     * @throws NotFoundException when push is turned off on this installation
     */
    public String publicKey() {
        requireEnabled();
        return keys.keys().publicKeyBase64Url();
    }

    /** How a test push went: how many of the user's browsers accepted it, and how many did not. */
    public record TestResult(int sent, int failed, int gone) {}

    /**
     * Pushes "Push works" to every subscription of the user, now, and says how it went; gone
     * subscriptions are deleted as for a nudge.
     */
    public TestResult sendTest(UUID userId) {
        requireEnabled();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("title", "Vectort");
        payload.put("body", "Push works");
        payload.put("test", true);
        payload.put("sentAt", Instant.now().toString());
        payload.put("url", "/assistant/settings");
        byte[] bytes = PushChannel.JSON.writeValueAsString(payload).getBytes(StandardCharsets.UTF_8);
        int sent = 0;
        int failed = 0;
        int gone = 0;
        for (PushSubscription subscription : subscriptions.list(userId)) {
            PushSender.Result result = sender.send(subscription, bytes, null);
            switch (result.outcome()) {
                case SENT -> {
                    sent++;
                    subscriptions.recordSuccess(subscription.id());
                }
                case GONE -> {
                    gone++;
                    subscriptions.forget(subscription.id());
                }
                case RETRY, REJECTED -> {
                    failed++;
                    subscriptions.recordFailure(subscription.id(), result.status());
                }
            }
        }
        return new TestResult(sent, failed, gone);
    }

    public void requireEnabled() {
        if (!properties.enabled()) {
            throw new NotFoundException("Web push");
        }
    }
}
