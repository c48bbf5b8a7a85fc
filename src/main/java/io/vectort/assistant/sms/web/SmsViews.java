package io.vectort.assistant.sms.web;

import io.vectort.assistant.sms.Phone;
import io.vectort.assistant.sms.SmsAccount;
import io.vectort.assistant.sms.SmsMessage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

final class SmsViews {

    private SmsViews() {}

    record PhoneView(
            String number,
            boolean verified,
            boolean optedOut,
            @Nullable Instant codeExpiresAt) {

        static PhoneView of(Phone phone) {
            return new PhoneView(
                    phone.number(),
                    phone.verified(),
                    phone.optedOut(),
                    phone.codeExpiresAt().orElse(null));
        }
    }

    record DedicatedView(String number, @Nullable Instant since) {}

    record UsageView(
            String month,
            int segmentsSent,
            int segmentsReceived,
            String costUsd,
            @Nullable Integer segmentBudget) {}

    record StateView(
            String mode,
            String routing,
            boolean enabled,
            @Nullable PhoneView phone,
            @Nullable String assistantNumber,
            @Nullable DedicatedView dedicatedNumber,
            UsageView usage) {

        static StateView of(SmsAccount.State state) {
            return new StateView(
                    state.mode(),
                    state.routing(),
                    state.enabled(),
                    state.phone().map(PhoneView::of).orElse(null),
                    state.assistantNumber().orElse(null),
                    state.dedicatedNumber()
                            .map(number -> new DedicatedView(
                                    number, state.dedicatedSince().orElse(null)))
                            .orElse(null),
                    new UsageView(
                            state.usage().month().toString(),
                            state.usage().segmentsSent(),
                            state.usage().segmentsReceived(),
                            usd(state.usage().costMicros()),
                            state.segmentBudget().isPresent()
                                    ? state.segmentBudget().getAsInt()
                                    : null));
        }
    }

    record MessageView(
            UUID id,
            String direction,
            String kind,
            String body,
            String status,
            @Nullable String errorCode,
            int segments,
            String encoding,
            @Nullable String priceUsd,
            Instant createdAt) {

        static MessageView of(SmsMessage m) {
            String body = m.withMedia() ? m.words() + " [+ media]" : m.body();
            return new MessageView(
                    m.id(),
                    m.direction(),
                    m.kind(),
                    body,
                    m.status(),
                    m.errorCode(),
                    m.segments(),
                    m.encoding(),
                    m.priceMicros() == null ? null : usd(m.priceMicros()),
                    m.createdAt());
        }
    }

    static String usd(long micros) {
        return BigDecimal.valueOf(micros, 6).stripTrailingZeros().toPlainString();
    }
}
