package io.vectort.assistant.sms;

import io.vectort.assistant.settings.AssistantSettingsStore;
import io.vectort.shared.ConflictException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A user's SMS set-up as the web app shows it, and what they can do with it. */
@Service
public class SmsAccount {

    private final SmsPhones phones;
    private final DedicatedNumbers numbers;
    private final NumberProvisioning provisioning;
    private final SmsRoutes routes;
    private final SmsMessages messages;
    private final SmsBudget budget;
    private final SmsTransport transport;
    private final SmsInbound inbound;
    private final AssistantSettingsStore settings;
    private final SmsProperties properties;

    SmsAccount(
            SmsPhones phones,
            DedicatedNumbers numbers,
            NumberProvisioning provisioning,
            SmsRoutes routes,
            SmsMessages messages,
            SmsBudget budget,
            SmsTransport transport,
            SmsInbound inbound,
            AssistantSettingsStore settings,
            SmsProperties properties) {
        this.phones = phones;
        this.numbers = numbers;
        this.provisioning = provisioning;
        this.routes = routes;
        this.messages = messages;
        this.budget = budget;
        this.transport = transport;
        this.inbound = inbound;
        this.settings = settings;
        this.properties = properties;
    }

    /**
     * @param assistantNumber the number the user texts (their own, or the shared one)
     * @param dedicatedSince when their own number was bought, if they have one
     */
    public record State(
            String mode,
            String routing,
            boolean enabled,
            Optional<Phone> phone,
            Optional<String> assistantNumber,
            Optional<String> dedicatedNumber,
            Optional<Instant> dedicatedSince,
            SmsMessages.Usage usage,
            OptionalInt segmentBudget) {}

    public State state(UUID userId) {
        Optional<DedicatedNumbers.Held> own = numbers.of(userId);
        return new State(
                transport.mode(),
                properties.routing().name().toLowerCase(java.util.Locale.ROOT),
                settings.get(userId).wantsChannel("sms"),
                phones.find(userId),
                routes.assistantNumber(userId),
                own.map(DedicatedNumbers.Held::number),
                own.map(DedicatedNumbers.Held::since),
                budget.usage(userId),
                budget.segmentsPerMonth(userId));
    }

    public List<SmsMessage> messages(UUID userId, int limit) {
        return messages.recent(userId, Math.clamp(limit, 1, 500));
    }

    /** Forgets the user's phone and gives their number back. */
    @Transactional
    public void removePhone(UUID userId) {
        provisioning.release(userId);
        phones.delete(userId);
    }

    /**
     * The simulator's phone texting the user's Assistant number: the same path as a text through
     * Twilio, from the verified phone.
     */
    public UUID simulateText(UUID userId, String body) {
        if (!transport.mode().equals("simulator")) {
            throw new ConflictException(
                    "not-simulator", "Texts come from real phones here: an SMS provider is configured");
        }
        Phone phone = phones.find(userId)
                .filter(Phone::verified)
                .orElseThrow(() -> new ConflictException("phone-not-verified", "Verify your phone first"));
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > 1600) {
            throw new io.vectort.shared.InvalidRequestException("body", "invalid", "must be 1 to 1600 characters");
        }
        String sid = SimulatedTransport.sid("SM");
        inbound.receive(sid, phone.number(), routes.assistantNumber(userId).orElse(""), text, 0);
        return messages.byProviderSid(sid).map(SmsMessage::id).orElseThrow();
    }
}
