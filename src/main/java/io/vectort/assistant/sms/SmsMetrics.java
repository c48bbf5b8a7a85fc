package io.vectort.assistant.sms;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code vectort_sms_messages_total{direction,status}}, {@code vectort_sms_segments_total{direction}}
 * and {@code vectort_sms_cost_usd_total}: labels bounded by the statuses Twilio defines, never a
 * label per user or number.
 */
@Component
class SmsMetrics {

    private final MeterRegistry registry;
    private final Counter cost;

    SmsMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.cost = Counter.builder("vectort.sms.cost.usd")
                .description("What the SMS provider charged for texts, in USD")
                .register(registry);
    }

    void message(String direction, String status, int segments) {
        Counter.builder("vectort.sms.messages")
                .description("Texts received, and sent by final status")
                .tag("direction", direction)
                .tag("status", status)
                .register(registry)
                .increment();
        Counter.builder("vectort.sms.segments")
                .description("SMS segments received and sent")
                .tag("direction", direction)
                .register(registry)
                .increment(segments);
    }

    void cost(long priceMicros) {
        cost.increment(priceMicros / 1_000_000.0);
    }
}
