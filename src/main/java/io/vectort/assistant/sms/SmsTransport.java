package io.vectort.assistant.sms;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What carries texts and numbers: Twilio's REST API, or the simulator when no Twilio account is
 * configured. Everything above it — consent, budgets, retries, routing — is the same for both.
 */
public interface SmsTransport {

    /** "twilio" or "simulator". */
    String mode();

    /**
     * Hands one message over for sending.
     *
     * @throws SmsSendException when it was refused; {@link SmsSendException#retryable()} says
     *     whether trying again later may work
     */
    Sent send(Outgoing message);

    /** The price the provider charged for a sent message (micro-USD, positive), once it knows it. */
    Optional<Long> priceMicros(String providerSid);

    /** Buys a number that can text in {@code country} and points its incoming texts at {@code smsUrl}. */
    Number provision(String country, String smsUrl);

    /** Gives a number back to the provider. Releasing one already gone is not an error. */
    void release(String providerSid);

    /**
     * @param from the sending number; null to let the Messaging Service pick one
     * @param statusCallback where the provider reports delivery; null for none
     */
    record Outgoing(
            @Nullable String from,
            String to,
            String body,
            @Nullable String statusCallback) {}

    /** What the provider answered: its id for the message and the first status. */
    record Sent(String providerSid, String status) {}

    record Number(String number, String providerSid) {}
}
