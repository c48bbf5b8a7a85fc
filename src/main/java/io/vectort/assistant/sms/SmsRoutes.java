package io.vectort.assistant.sms;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Which number talks to which user. Dedicated routing: the number texted names the user, and the
 * sender must be that user's verified phone (anyone else texting it is a stranger: a user's
 * Assistant answers its user only). Shared routing: one number for all, the verified sender names
 * the user. In dedicated routing a user without a number yet uses the shared one, as in shared
 * routing (the verification code comes from it).
 */
@Component
public class SmsRoutes {

    /** The simulator's shared number when no Twilio number is configured (a Twilio test number). */
    static final String SIMULATOR_SHARED_NUMBER = "+15005550006";

    private final SmsProperties properties;
    private final SmsPhones phones;
    private final DedicatedNumbers numbers;

    SmsRoutes(SmsProperties properties, SmsPhones phones, DedicatedNumbers numbers) {
        this.properties = properties;
        this.phones = phones;
        this.numbers = numbers;
    }

    /** The number for everyone (shared routing, and codes); empty when only a Messaging Service sends. */
    public Optional<String> sharedNumber() {
        if (!properties.twilio().configured()) {
            return Optional.of(
                    properties.twilio().from().isEmpty()
                            ? SIMULATOR_SHARED_NUMBER
                            : properties.twilio().from());
        }
        return properties.twilio().from().isEmpty()
                ? Optional.empty()
                : Optional.of(properties.twilio().from());
    }

    /** The number the user texts and that texts them. */
    public Optional<String> assistantNumber(UUID userId) {
        if (properties.routing() == SmsProperties.Routing.DEDICATED) {
            Optional<String> own = numbers.of(userId).map(DedicatedNumbers.Held::number);
            if (own.isPresent()) {
                return own;
            }
        }
        return sharedNumber();
    }

    /** The user a text from {@code from} to {@code to} is for, if any. */
    Optional<UUID> userFor(String to, String from) {
        Optional<UUID> sender = phones.ownerOf(from);
        if (sender.isEmpty()) {
            return Optional.empty();
        }
        Optional<UUID> holder = numbers.holder(to);
        if (holder.isPresent()) {
            return holder.equals(sender) ? sender : Optional.empty();
        }
        return sharedNumber().filter(to::equals).isPresent() || sharedNumber().isEmpty() ? sender : Optional.empty();
    }
}
