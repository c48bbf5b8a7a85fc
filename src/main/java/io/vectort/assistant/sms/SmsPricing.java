package io.vectort.assistant.sms;

import io.vectort.jobs.JobAttempt;
import io.vectort.jobs.JobHandler;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Reads what a sent text cost once the provider knows (Twilio fills a message's price some time
 * after its final status): asks again with backoff until it is there or the attempts run out.
 */
@Component
class SmsPricing implements JobHandler {

    private final SmsMessages messages;
    private final SmsTransport transport;
    private final SmsMetrics metrics;

    SmsPricing(SmsMessages messages, SmsTransport transport, SmsMetrics metrics) {
        this.messages = messages;
        this.transport = transport;
        this.metrics = metrics;
    }

    @Override
    public String name() {
        return SmsDelivery.PRICE_JOB;
    }

    @Override
    public void run(String jobId, JobAttempt attempt) {
        Optional<SmsMessage> message = messages.get(UUID.fromString(jobId));
        if (message.isEmpty()
                || message.get().priceMicros() != null
                || message.get().providerSid() == null) {
            return;
        }
        Optional<Long> price = transport.priceMicros(message.get().providerSid());
        if (price.isEmpty()) {
            if (attempt.isLast()) {
                return;
            }
            throw new IllegalStateException("no price yet for text " + jobId);
        }
        messages.price(message.get().id(), price.get());
        metrics.cost(price.get());
    }
}
