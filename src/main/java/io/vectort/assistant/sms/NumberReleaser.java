package io.vectort.assistant.sms;

import io.vectort.jobs.RecurringJob;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Gives back the numbers of deleted accounts (the deletion sets their owner to null): done here, on
 * a schedule, so that a deletion never waits on Twilio and a number whose release failed is tried
 * again until it is gone — it costs money every month it is held.
 */
@Component
class NumberReleaser implements RecurringJob {

    private static final Logger log = LoggerFactory.getLogger(NumberReleaser.class);

    private final DedicatedNumbers numbers;
    private final SmsTransport transport;

    NumberReleaser(DedicatedNumbers numbers, SmsTransport transport) {
        this.numbers = numbers;
        this.transport = transport;
    }

    @Override
    public String name() {
        return "assistant-sms-number-release";
    }

    @Override
    public Duration interval() {
        return Duration.ofMinutes(1);
    }

    @Override
    public void run() {
        for (DedicatedNumbers.Orphan orphan : numbers.orphans()) {
            try {
                transport.release(orphan.providerSid());
                numbers.released(orphan.id());
                log.info("Released the number of a deleted account");
            } catch (SmsSendException e) {
                log.warn("Could not release a number yet ({}); trying again in a minute", e.getMessage());
            }
        }
    }
}
