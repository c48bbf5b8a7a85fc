package io.vectort.assistant.sms;

import io.vectort.billing.Plans;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.OptionalInt;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The month's SMS segments a user's plan allows (calendar month, UTC). Checked before each text is
 * handed over; two texts checked at the same instant may overrun it by one text.
 */
@Component
class SmsBudget {

    private final Plans plans;
    private final SmsMessages messages;
    private final Clock clock;

    SmsBudget(Plans plans, SmsMessages messages) {
        this.plans = plans;
        this.messages = messages;
        this.clock = Clock.systemUTC();
    }

    OptionalInt segmentsPerMonth(UUID userId) {
        return plans.of(userId).smsSegmentsPerMonth();
    }

    SmsMessages.Usage usage(UUID userId) {
        return messages.usage(userId, YearMonth.now(clock.withZone(ZoneOffset.UTC)));
    }

    boolean allows(UUID userId, int segments) {
        OptionalInt limit = segmentsPerMonth(userId);
        return limit.isEmpty() || usage(userId).segmentsSent() + segments <= limit.getAsInt();
    }
}
