package io.vectort.assistant.sms;

import io.vectort.jobs.JobQueue;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Queues texts: a row, and a durable job that hands it to the provider. Both join the caller's
 * transaction, so a text exists exactly when what caused it (a reminder firing, an answered
 * message) is committed; the reference makes queueing the same text twice a no-op.
 */
@Component
public class SmsOutbox {

    static final String JOB = "assistant-sms-send";

    private final SmsMessages messages;
    private final SmsPhones phones;
    private final SmsRoutes routes;
    private final JobQueue jobs;

    SmsOutbox(SmsMessages messages, SmsPhones phones, SmsRoutes routes, JobQueue jobs) {
        this.messages = messages;
        this.phones = phones;
        this.routes = routes;
        this.jobs = jobs;
    }

    /**
     * Queues a text to the user's phone from their Assistant number; nothing when they have no
     * phone. Whether it may go (verified, not opted out, within budget) is decided when sending.
     */
    public Optional<UUID> toUser(UUID userId, String kind, String reference, String body, @Nullable String remainder) {
        Optional<Phone> phone = phones.find(userId);
        if (phone.isEmpty()) {
            return Optional.empty();
        }
        return queue(
                userId,
                kind,
                reference,
                phone.get().number(),
                routes.assistantNumber(userId).orElse(""),
                body,
                1,
                remainder,
                Instant.now());
    }

    /** Queues a text to any number (a stranger's, a phone being verified) from {@code from}. */
    Optional<UUID> toNumber(@Nullable UUID userId, String kind, String reference, String to, String from, String body) {
        return queue(userId, kind, reference, to, from, body, 1, null, Instant.now());
    }

    /** Queues another try of a text the provider could not deliver, after a pause. */
    Optional<UUID> retry(SmsMessage failed, Instant at) {
        String reference =
                (failed.reference() == null
                                ? failed.id().toString()
                                : failed.reference().replaceAll("#\\d+$", "")) + "#" + (failed.attempt() + 1);
        return queue(
                failed.userId(),
                failed.kind(),
                reference,
                failed.toNumber(),
                failed.fromNumber(),
                failed.body(),
                failed.attempt() + 1,
                null,
                at);
    }

    private Optional<UUID> queue(
            @Nullable UUID userId,
            String kind,
            String reference,
            String to,
            String from,
            String body,
            int attempt,
            @Nullable String remainder,
            Instant at) {
        // What the Assistant writes (an em dash in the "not AI" label, a French ê) would otherwise make a
        // text UCS-2, halving what each segment holds.
        Optional<UUID> id = messages.insertOutbound(
                userId,
                kind,
                reference,
                from,
                to,
                SmsSegments.gsmFriendly(body),
                attempt,
                remainder == null ? null : SmsSegments.gsmFriendly(remainder));
        id.ifPresent(queued -> jobs.enqueueAt(JOB, queued.toString(), at));
        return id;
    }
}
