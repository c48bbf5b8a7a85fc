package io.vectort.assistant.sms.twilio;

import io.vectort.assistant.sms.NoNumberAvailableException;
import io.vectort.assistant.sms.SmsProperties;
import io.vectort.assistant.sms.SmsSendException;
import io.vectort.assistant.sms.SmsTransport;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** Texts and numbers through Twilio's REST API. */
public final class TwilioTransport implements SmsTransport {

    private final SmsProperties.Twilio account;
    private final TwilioApi api;

    public TwilioTransport(SmsProperties.Twilio account) {
        this.account = account;
        this.api = new TwilioApi(account);
    }

    @Override
    public String mode() {
        return "twilio";
    }

    @Override
    public Sent send(Outgoing message) {
        Map<String, String> form = TwilioApi.form();
        form.put("To", message.to());
        if (message.from() != null) {
            form.put("From", message.from());
        }
        if (!account.messagingServiceSid().isEmpty()) {
            form.put("MessagingServiceSid", account.messagingServiceSid());
        }
        form.put("Body", message.body());
        if (message.statusCallback() != null) {
            form.put("StatusCallback", message.statusCallback());
        }
        JsonNode created = api.post(api.accountPath("Messages.json"), form);
        String sid = created.path("sid").asString("");
        if (sid.isEmpty()) {
            throw new SmsSendException(502, Optional.empty(), "Twilio answered a message without a sid");
        }
        return new Sent(sid, created.path("status").asString("queued"));
    }

    @Override
    public Optional<Long> priceMicros(String providerSid) {
        JsonNode message = api.get(api.accountPath("Messages/" + providerSid + ".json"), Map.of());
        JsonNode price = message.path("price");
        if (!price.isString() || price.asString().isBlank()) {
            return Optional.empty();
        }
        // Twilio reports what it charged as a negative amount ("-0.00790").
        BigDecimal usd = new BigDecimal(price.asString()).abs();
        return Optional.of(usd.movePointRight(6).longValue());
    }

    @Override
    public Number provision(String country, String smsUrl) {
        JsonNode found = api.get(
                api.accountPath("AvailablePhoneNumbers/" + country + "/Local.json"),
                Map.of("SmsEnabled", "true", "PageSize", "5"));
        JsonNode candidates = found.path("available_phone_numbers");
        if (!candidates.isArray() || candidates.isEmpty()) {
            throw new NoNumberAvailableException(country);
        }
        for (JsonNode candidate : candidates) {
            Map<String, String> form = TwilioApi.form();
            form.put("PhoneNumber", candidate.path("phone_number").asString(""));
            form.put("SmsUrl", smsUrl);
            form.put("SmsMethod", "POST");
            form.put("FriendlyName", "Vectort Assistant");
            try {
                JsonNode bought = api.post(api.accountPath("IncomingPhoneNumbers.json"), form);
                return new Number(
                        bought.path("phone_number").asString(),
                        bought.path("sid").asString());
            } catch (SmsSendException e) {
                // Someone else bought it between the search and now: the next one may do.
                if (e.code().filter(code -> code == 21422).isEmpty()) {
                    throw e;
                }
            }
        }
        throw new NoNumberAvailableException(country);
    }

    @Override
    public void release(String providerSid) {
        api.delete(api.accountPath("IncomingPhoneNumbers/" + providerSid + ".json"));
    }
}
