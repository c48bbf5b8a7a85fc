package io.vectort.support;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A person's phone texting one of the account's numbers: Twilio stores the message, applies its
 * opt-out keywords (STOP and the like block further messages to the sender with 21610; START lifts
 * that; both and HELP are passed on as {@code OptOutType}, as Advanced Opt-Out does) and calls the
 * number's webhook with Twilio's inbound parameters.
 */
final class FakeTwilioInbound {

    private static final Set<String> STOP = Set.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT");
    private static final Set<String> START = Set.of("START", "YES", "UNSTOP");
    private static final Set<String> HELP = Set.of("HELP", "INFO");

    private final FakeTwilioMessages messages;
    private final FakeTwilioNumbers numbers;
    private final FakeTwilioWebhooks webhooks;
    private volatile String sharedNumberWebhook;

    FakeTwilioInbound(FakeTwilioMessages messages, FakeTwilioNumbers numbers, FakeTwilioWebhooks webhooks) {
        this.messages = messages;
        this.numbers = numbers;
        this.webhooks = webhooks;
    }

    void sharedNumberWebhook(String url) {
        sharedNumberWebhook = url;
    }

    FakeTwilio.WebhookResponse text(String sid, String from, String to, String body, Map<String, String> extra) {
        boolean shared = to.equals(FakeTwilio.SHARED_NUMBER);
        FakeTwilioNumber number = shared
                ? null
                : numbers.byPhoneNumber(to)
                        .orElseThrow(() -> new IllegalArgumentException(to + " is not a number of this account"));
        String url = shared ? sharedNumberWebhook : number.smsUrl();
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("No webhook for " + to + ": set its SmsUrl (or sharedNumberWebhook)");
        }
        Map<String, String> params = params(sid, from, to, body, shared ? FakeTwilio.MESSAGING_SERVICE_SID : null);
        params.putAll(extra);
        optOutKeyword(from, body).ifPresent(type -> params.put("OptOutType", type));
        messages.received(FakeTwilioMessage.inbound(
                sid,
                from,
                to,
                body,
                Integer.parseInt(params.get("NumMedia")),
                params.get("MessagingServiceSid"),
                Instant.now()));
        return webhooks.send(url, shared ? "POST" : number.smsMethod(), params);
    }

    private Optional<String> optOutKeyword(String from, String body) {
        String keyword = body.strip().toUpperCase(Locale.ROOT);
        if (STOP.contains(keyword)) {
            messages.optOut(from);
            return Optional.of("STOP");
        } else if (START.contains(keyword)) {
            messages.optIn(from);
            return Optional.of("START");
        }
        return HELP.contains(keyword) ? Optional.of("HELP") : Optional.empty();
    }

    /** Twilio's parameters, in the order it sends them; the location fields are empty when unknown. */
    private static Map<String, String> params(
            String sid, String from, String to, String body, String messagingServiceSid) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("ToCountry", FakeTwilioWire.country(to));
        params.put("ToState", "");
        params.put("SmsMessageSid", sid);
        params.put("NumMedia", "0");
        params.put("ToCity", "");
        params.put("FromZip", "");
        params.put("SmsSid", sid);
        params.put("FromState", "");
        params.put("SmsStatus", "received");
        params.put("FromCity", "");
        params.put("Body", body);
        params.put("FromCountry", FakeTwilioWire.country(from));
        params.put("To", to);
        if (messagingServiceSid != null) {
            params.put("MessagingServiceSid", messagingServiceSid);
        }
        params.put("ToZip", "");
        params.put("NumSegments", String.valueOf(SmsSegments.count(body)));
        params.put("MessageSid", sid);
        params.put("AccountSid", FakeTwilio.ACCOUNT_SID);
        params.put("From", from);
        params.put("ApiVersion", FakeTwilioWire.API_VERSION);
        return params;
    }
}
