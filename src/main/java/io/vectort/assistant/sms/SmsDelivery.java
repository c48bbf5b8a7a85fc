package io.vectort.assistant.sms;

import io.vectort.jobs.JobQueue;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the provider reports about a text after the hand-over (Twilio's status callback, or the
 * simulator): the status is stored with its history; a final one counts in the metrics and asks
 * for the price; an undelivered text is tried again when the error may pass (the handset was off,
 * the carrier was congested), at most {@code max-send-attempts} times, and never when it will not
 * (a landline, a blocked number, STOP).
 */
@Service
public class SmsDelivery {

    private static final Logger log = LoggerFactory.getLogger(SmsDelivery.class);
    private static final Set<String> FINAL = Set.of("delivered", "undelivered", "failed");
    static final String PRICE_JOB = "assistant-sms-price";

    private final SmsMessages messages;
    private final SmsPhones phones;
    private final SmsOutbox outbox;
    private final SmsMetrics metrics;
    private final JobQueue jobs;
    private final SmsProperties properties;
    private final TransactionTemplate transaction;

    SmsDelivery(
            SmsMessages messages,
            SmsPhones phones,
            SmsOutbox outbox,
            SmsMetrics metrics,
            JobQueue jobs,
            SmsProperties properties,
            PlatformTransactionManager transactions) {
        this.messages = messages;
        this.phones = phones;
        this.outbox = outbox;
        this.metrics = metrics;
        this.jobs = jobs;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Records a reported status. One for a text whose provider id is not stored yet (the report
     * overtook the answer to the send) is kept and applied when it is: answers false then.
     */
    public boolean reported(String providerSid, String status, @Nullable String errorCode) {
        String clean = status.toLowerCase(java.util.Locale.ROOT);
        Optional<SmsMessage> found = messages.byProviderSid(providerSid);
        if (found.isPresent()) {
            return transaction.execute(tx -> apply(found.get(), clean, errorCode));
        }
        // Kept first, then looked for again: whichever of this and handedOver() commits last sees
        // the other's write, and taking the kept report deletes it, so it is applied once.
        messages.keepEarlyStatus(providerSid, clean, errorCode);
        applyEarly(providerSid);
        return false;
    }

    /** Applies the reports that came before the provider id was stored, in the order they came. */
    void applyEarly(String providerSid) {
        transaction.executeWithoutResult(tx -> messages.byProviderSid(providerSid)
                .ifPresent(message -> {
                    for (SmsMessages.EarlyStatus early : messages.takeEarlyStatuses(providerSid)) {
                        apply(messages.get(message.id()).orElse(message), early.status(), early.errorCode());
                    }
                }));
    }

    private boolean apply(SmsMessage message, String status, @Nullable String errorCode) {
        if (message.inbound()) {
            return false;
        }
        boolean moved = messages.status(message.id(), status, errorCode);
        if (!moved || !FINAL.contains(status)) {
            return true;
        }
        metrics.message("outbound", status, message.segments());
        jobs.enqueueAt(PRICE_JOB, message.id().toString(), Instant.now().plusSeconds(5));
        if ("21610".equals(errorCode)) {
            phones.optOut(message.toNumber());
        } else if (!status.equals("delivered")
                && errorCode != null
                && SmsSendException.retryableDeliveryError(errorCode)
                && message.attempt() < properties.maxSendAttempts()) {
            Instant at = Instant.now().plus(properties.retryDelay().multipliedBy(message.attempt()));
            outbox.retry(message, at);
            log.info("Text {} was {} ({}); trying again at {}", message.id(), status, errorCode, at);
        }
        return true;
    }
}
