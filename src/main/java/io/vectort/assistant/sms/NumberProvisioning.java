package io.vectort.assistant.sms;

import io.vectort.shared.ConflictException;
import io.vectort.shared.DomainException;
import io.vectort.shared.ErrorCategory;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Dedicated numbers (dedicated routing): buys one for a user with a verified phone, in their
 * phone's country, with its incoming texts pointed at Vectort; gives it back when they remove their
 * phone or ask. The operator's monthly number budget caps how many are held at once.
 */
@Service
public class NumberProvisioning {

    private static final Logger log = LoggerFactory.getLogger(NumberProvisioning.class);

    private final DedicatedNumbers numbers;
    private final SmsPhones phones;
    private final SmsTransport transport;
    private final SmsCallbacks callbacks;
    private final SmsProperties properties;

    NumberProvisioning(
            DedicatedNumbers numbers,
            SmsPhones phones,
            SmsTransport transport,
            SmsCallbacks callbacks,
            SmsProperties properties) {
        this.numbers = numbers;
        this.phones = phones;
        this.transport = transport;
        this.callbacks = callbacks;
        this.properties = properties;
    }

    /** The user's own number, bought now if they have none. */
    public synchronized String provision(UUID userId) {
        if (properties.routing() != SmsProperties.Routing.DEDICATED) {
            throw new ConflictException("not-dedicated", "This server uses one shared number for everyone");
        }
        Optional<DedicatedNumbers.Held> held = numbers.of(userId);
        if (held.isPresent()) {
            return held.get().number();
        }
        Phone phone = phones.find(userId)
                .filter(Phone::verified)
                .orElseThrow(() -> new ConflictException("phone-not-verified", "Verify your phone first"));
        BigDecimal next = properties.numberPriceUsdPerMonth().multiply(BigDecimal.valueOf(numbers.activeCount() + 1L));
        if (next.compareTo(properties.numberBudgetUsdPerMonth()) > 0) {
            log.warn(
                    "Refused a dedicated number: the operator's budget of {} USD a month is reached",
                    properties.numberBudgetUsdPerMonth());
            throw new ConflictException(
                    "number-budget-reached",
                    "This server has as many numbers as its budget allows; ask your administrator");
        }
        String smsUrl = callbacks.inboundUrl().orElse("");
        if (smsUrl.isEmpty() && transport.mode().equals("twilio")) {
            throw new DomainException(
                    ErrorCategory.UNAVAILABLE,
                    "public-url-missing",
                    "Numbers need VECTORT_PUBLIC_URL: it is where Twilio sends your texts");
        }
        String country = PhoneNumbers.country(phone.number()).orElse(properties.numberCountry());
        SmsTransport.Number bought;
        try {
            bought = transport.provision(country, smsUrl);
        } catch (SmsSendException e) {
            log.warn("Twilio refused a number in {}: {}", country, e.getMessage());
            throw new DomainException(
                    ErrorCategory.UPSTREAM_FAILED,
                    "number-refused",
                    "The SMS provider refused a new number (" + e.getMessage()
                            + "); the campaign's number limit may be reached");
        }
        numbers.record(userId, bought);
        log.info("Bought a dedicated number in {} for a user", country);
        return bought.number();
    }

    /** Gives the user's number back, if they have one. */
    public synchronized void release(UUID userId) {
        numbers.of(userId).ifPresent(held -> {
            transport.release(held.providerSid());
            numbers.released(held.id());
        });
    }
}
