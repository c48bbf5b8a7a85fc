package io.vectort.assistant.sms;

import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SMS channel's settings, prefix {@code vectort.sms}.
 *
 * @param routing how an incoming text finds its user ({@code VECTORT_SMS_ROUTING})
 * @param twilio the Twilio account; without an account SID the simulator carries the texts
 * @param maxReplySegments the longest answer sent at once; the rest waits for "MORE"
 * @param numberCountry where dedicated numbers are bought when the user's phone says nothing
 * @param numberPriceUsdPerMonth what one dedicated number costs a month (Twilio's US local price)
 * @param numberBudgetUsdPerMonth what the operator spends on dedicated numbers a month at most
 *     ({@code VECTORT_SMS_NUMBER_BUDGET_USD}): numbers beyond it are refused
 * @param maxSendAttempts tries of one message when the provider says the failure may pass
 * @param retryDelay the pause before the second try of an undelivered text; it grows with each try
 * @param codeValidity how long a verification code works
 * @param codesPerHour verification codes one account may have texted in an hour
 * @param retention how long a user's texts are kept (strangers' texts: 30 days)
 */
@ConfigurationProperties("vectort.sms")
public record SmsProperties(
        @DefaultValue("dedicated") Routing routing,
        Twilio twilio,
        @DefaultValue("3") int maxReplySegments,
        @DefaultValue("US") String numberCountry,
        @DefaultValue("1.15") BigDecimal numberPriceUsdPerMonth,
        @DefaultValue("100") BigDecimal numberBudgetUsdPerMonth,
        @DefaultValue("3") int maxSendAttempts,
        @DefaultValue("30s") Duration retryDelay,
        @DefaultValue("10m") Duration codeValidity,
        @DefaultValue("5") int codesPerHour,
        @DefaultValue("395d") Duration retention) {

    public enum Routing {
        DEDICATED,
        SHARED
    }

    /**
     * @param accountSid {@code VECTORT_TWILIO_ACCOUNT_SID}; empty: no Twilio, the simulator
     * @param authToken {@code VECTORT_TWILIO_AUTH_TOKEN}: authenticates the REST calls and signs
     *     Twilio's webhooks
     * @param messagingServiceSid {@code VECTORT_TWILIO_MESSAGING_SERVICE_SID}: when set, messages are
     *     sent through it (its sender pool, opt-out handling and A2P 10DLC campaign)
     * @param from {@code VECTORT_TWILIO_FROM}: the shared number (shared routing, and the sender of
     *     verification codes before a user has a number)
     * @param apiBaseUrl {@code VECTORT_TWILIO_API_BASE_URL}
     */
    public record Twilio(
            @DefaultValue("") String accountSid,
            @DefaultValue("") String authToken,
            @DefaultValue("") String messagingServiceSid,
            @DefaultValue("") String from,
            @DefaultValue("https://api.twilio.com") String apiBaseUrl) {

        public Twilio {
            accountSid = accountSid.strip();
            authToken = authToken.strip();
            messagingServiceSid = messagingServiceSid.strip();
            from = from.strip();
            apiBaseUrl = apiBaseUrl.strip().replaceAll("/+$", "");
        }

        public boolean configured() {
            return !accountSid.isEmpty();
        }
    }

    public SmsProperties {
        if (twilio == null) {
            twilio = new Twilio("", "", "", "", "https://api.twilio.com");
        }
        if (twilio.configured() && twilio.authToken().isEmpty()) {
            throw new IllegalArgumentException(
                    "VECTORT_TWILIO_ACCOUNT_SID is set without VECTORT_TWILIO_AUTH_TOKEN: set both");
        }
        if (twilio.configured()
                && twilio.from().isEmpty()
                && twilio.messagingServiceSid().isEmpty()) {
            throw new IllegalArgumentException(
                    "VECTORT_TWILIO_ACCOUNT_SID needs a sender: VECTORT_TWILIO_FROM (the shared"
                            + " number, which also texts verification codes) or VECTORT_TWILIO_MESSAGING_SERVICE_SID");
        }
        if (maxReplySegments < 1 || maxReplySegments > 10) {
            throw new IllegalArgumentException("vectort.sms.max-reply-segments must be between 1 and 10");
        }
        numberCountry = numberCountry.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
