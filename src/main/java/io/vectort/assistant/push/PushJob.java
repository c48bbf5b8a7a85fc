package io.vectort.assistant.push;

import io.vectort.jobs.JobAttempt;
import io.vectort.jobs.JobHandler;
import io.vectort.shared.Ids;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Pushes one nudge to each of its user's subscriptions. A subscription that has it is recorded, so
 * a retry (asked for when a push service answered 429/5xx or did not answer) pushes only to the
 * ones still missing it; a gone subscription (404/410) is deleted; other refusals are not retried.
 */
@Component
class PushJob implements JobHandler {

    static final String NAME = "assistant-push";
    private static final Logger log = LoggerFactory.getLogger(PushJob.class);

    private final JdbcClient jdbc;
    private final PushSubscriptions subscriptions;
    private final PushSender sender;

    PushJob(JdbcClient jdbc, PushSubscriptions subscriptions, PushSender sender) {
        this.jdbc = jdbc;
        this.subscriptions = subscriptions;
        this.sender = sender;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(String jobId, JobAttempt attempt) throws PushRetryException {
        Optional<UUID> id = Ids.parse(jobId);
        if (id.isEmpty()) {
            log.warn("Ignoring push job with a malformed id {}", jobId);
            return;
        }
        Optional<Message> message = jdbc.sql("""
                        select id, user_id, reminder_id, check_in, occurrence_at, escalation_step, payload
                        from assistant_push_messages where id = :id""")
                .param("id", id.get())
                .query((rs, row) -> new Message(
                        rs.getObject("id", UUID.class),
                        rs.getObject("user_id", UUID.class),
                        rs.getString("check_in") != null
                                ? rs.getString("check_in")
                                : rs.getObject("reminder_id", UUID.class) + "/"
                                        + rs.getTimestamp("occurrence_at")
                                                .toInstant()
                                                .toEpochMilli(),
                        rs.getString("payload")))
                .optional();
        if (message.isEmpty()) {
            return; // deleted with its user or reminder, or by retention
        }
        int retryable = push(message.get());
        if (retryable > 0) {
            throw new PushRetryException(retryable + " push service(s) asked to retry message " + jobId);
        }
    }

    private int push(Message message) {
        List<PushSubscription> pending = subscriptions.list(message.userId()).stream()
                .filter(subscription -> !delivered(message.id(), subscription.id()))
                .toList();
        byte[] payload = message.payload().getBytes(StandardCharsets.UTF_8);
        String topic = topic(message.nudgeKey());
        int retryable = 0;
        for (PushSubscription subscription : pending) {
            PushSender.Result result = sender.send(subscription, payload, topic);
            switch (result.outcome()) {
                case SENT -> {
                    recordDelivery(message.id(), subscription.id());
                    subscriptions.recordSuccess(subscription.id());
                }
                case GONE -> subscriptions.forget(subscription.id());
                case REJECTED -> {
                    // Not retried: mark it handled so that a retry for another browser skips it.
                    recordDelivery(message.id(), subscription.id());
                    subscriptions.recordFailure(subscription.id(), result.status());
                }
                case RETRY -> {
                    subscriptions.recordFailure(subscription.id(), result.status());
                    retryable++;
                }
            }
        }
        return retryable;
    }

    private boolean delivered(UUID messageId, UUID subscriptionId) {
        return jdbc.sql("""
                        select exists (select 1 from assistant_push_deliveries
                                       where message_id = :message and subscription_id = :subscription)""")
                .param("message", messageId)
                .param("subscription", subscriptionId)
                .query(Boolean.class)
                .single();
    }

    private void recordDelivery(UUID messageId, UUID subscriptionId) {
        jdbc.sql("""
                        insert into assistant_push_deliveries (message_id, subscription_id)
                        values (:message, :subscription) on conflict do nothing""")
                .param("message", messageId)
                .param("subscription", subscriptionId)
                .update();
    }

    /**
     * The push {@code Topic} (RFC 8030: at most 32 base64url characters): the same for both nudges
     * of an occurrence, so a push service holding the first for an offline browser replaces it with
     * the gentler repeat instead of showing two.
     */
    static String topic(String nudgeKey) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(nudgeKey.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private record Message(UUID id, UUID userId, String nudgeKey, String payload) {}

    /** Some push services asked to try again later; the engine retries the job with backoff. */
    static final class PushRetryException extends Exception {
        PushRetryException(String message) {
            super(message);
        }
    }
}
