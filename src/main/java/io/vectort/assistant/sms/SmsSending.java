package io.vectort.assistant.sms;

import io.vectort.jobs.JobAttempt;
import io.vectort.jobs.JobHandler;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Hands one queued text to the provider, outside any transaction. Before it goes: a user's phone
 * must be verified (only a verification code goes to one that is not) and not opted out, and the
 * month's segments must stay within the user's plan; otherwise the text is marked {@code blocked}
 * with why. A refusal that may pass (no answer, 429, 5xx) is retried with backoff; Twilio's 21610
 * (the person texted STOP) opts the number out at once. A job run again after the hand-over finds
 * the text no longer pending and does nothing.
 */
@Component
class SmsSending implements JobHandler {

    private static final Logger log = LoggerFactory.getLogger(SmsSending.class);

    /** Texts that may go to a phone before it is verified, or to someone without an account. */
    private static final Set<String> BEFORE_VERIFICATION = Set.of("verification", "sign-up");

    /** What the person asked for themselves (HELP, START): sent even over the month's budget. */
    private static final Set<String> OUTSIDE_BUDGET = Set.of("verification", "sign-up", "help", "consent");

    private final SmsMessages messages;
    private final SmsPhones phones;
    private final SmsBudget budget;
    private final SmsTransport transport;
    private final SmsCallbacks callbacks;
    private final SmsMetrics metrics;
    private final SmsDelivery delivery;

    SmsSending(
            SmsMessages messages,
            SmsPhones phones,
            SmsBudget budget,
            SmsTransport transport,
            SmsCallbacks callbacks,
            SmsMetrics metrics,
            SmsDelivery delivery) {
        this.messages = messages;
        this.phones = phones;
        this.budget = budget;
        this.transport = transport;
        this.callbacks = callbacks;
        this.metrics = metrics;
        this.delivery = delivery;
    }

    @Override
    public String name() {
        return SmsOutbox.JOB;
    }

    @Override
    public void run(String jobId, JobAttempt attempt) {
        Optional<SmsMessage> queued = messages.get(UUID.fromString(jobId));
        if (queued.isEmpty() || !queued.get().status().equals("pending")) {
            return;
        }
        SmsMessage message = queued.get();
        Optional<String> refusal = refusal(message);
        if (refusal.isPresent()) {
            messages.status(message.id(), "blocked", refusal.get());
            metrics.message("outbound", "blocked", message.segments());
            log.info("Did not text {} ({}): {}", message.kind(), message.id(), refusal.get());
            return;
        }
        try {
            SmsTransport.Sent sent = transport.send(new SmsTransport.Outgoing(
                    message.fromNumber().isEmpty() ? null : message.fromNumber(),
                    message.toNumber(),
                    message.body(),
                    callbacks.statusUrl()));
            messages.handedOver(message.id(), sent.providerSid(), sent.status());
            delivery.applyEarly(sent.providerSid());
        } catch (SmsSendException e) {
            if (e.unsubscribed()) {
                phones.optOut(message.toNumber());
            }
            if (e.retryable() && !attempt.isLast()) {
                throw e;
            }
            String code = e.code()
                    .map(String::valueOf)
                    .orElse(e.httpStatus() == 0 ? "unreachable" : "http-" + e.httpStatus());
            messages.status(message.id(), "failed", code);
            metrics.message("outbound", "failed", message.segments());
            log.warn("Could not text {} ({}): {}", message.kind(), message.id(), e.getMessage());
        }
    }

    @Override
    public void exhausted(String jobId, Throwable lastFailure) {
        messages.get(UUID.fromString(jobId))
                .filter(m -> m.status().equals("pending"))
                .ifPresent(m -> {
                    messages.status(m.id(), "failed", "unreachable");
                    metrics.message("outbound", "failed", m.segments());
                });
        log.warn("Gave up on text {} after its retries: {}", jobId, lastFailure.getMessage());
    }

    private Optional<String> refusal(SmsMessage message) {
        if (phones.optedOut(message.toNumber())) {
            return Optional.of("opted-out");
        }
        if (message.userId() == null || BEFORE_VERIFICATION.contains(message.kind())) {
            return Optional.empty();
        }
        Optional<Phone> phone = phones.find(message.userId());
        if (phone.isEmpty() || !phone.get().verified() || !phone.get().number().equals(message.toNumber())) {
            return Optional.of("not-verified");
        }
        if (!OUTSIDE_BUDGET.contains(message.kind()) && !budget.allows(message.userId(), message.segments())) {
            return Optional.of("over-budget");
        }
        return Optional.empty();
    }
}
