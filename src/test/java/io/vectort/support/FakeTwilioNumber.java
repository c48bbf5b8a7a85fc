package io.vectort.support;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** An IncomingPhoneNumber resource: a number the account bought, and where its texts go. */
public record FakeTwilioNumber(
        String sid,
        String phoneNumber,
        String friendlyName,
        String smsUrl,
        String smsMethod,
        String statusCallback,
        Instant dateCreated,
        Instant dateUpdated) {

    /** The number with the settings of an update form applied; absent parameters keep their value. */
    FakeTwilioNumber updated(Map<String, String> form, Instant now) {
        return new FakeTwilioNumber(
                sid,
                phoneNumber,
                form.getOrDefault("FriendlyName", friendlyName),
                form.getOrDefault("SmsUrl", smsUrl),
                FakeTwilioNumbers.method(form.getOrDefault("SmsMethod", smsMethod)),
                form.getOrDefault("StatusCallback", statusCallback),
                dateCreated,
                now);
    }

    /** The resource as Twilio's API answers it (its capabilities are lower case here, unlike a search's). */
    Map<String, Object> json(String accountSid) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("account_sid", accountSid);
        json.put("address_requirements", "none");
        json.put("api_version", FakeTwilioWire.API_VERSION);
        json.put("beta", false);
        json.put("capabilities", Map.of("voice", true, "sms", true, "mms", true, "fax", false));
        json.put("date_created", FakeTwilioWire.date(dateCreated));
        json.put("date_updated", FakeTwilioWire.date(dateUpdated));
        json.put("friendly_name", friendlyName);
        json.put("origin", "twilio");
        json.put("phone_number", phoneNumber);
        json.put("sid", sid);
        json.put("sms_fallback_method", "POST");
        json.put("sms_fallback_url", "");
        json.put("sms_method", smsMethod);
        json.put("sms_url", smsUrl);
        json.put("status", "in-use");
        json.put("status_callback", statusCallback);
        json.put("status_callback_method", "POST");
        json.put(
                "uri",
                "/" + FakeTwilioWire.API_VERSION + "/Accounts/" + accountSid + "/IncomingPhoneNumbers/" + sid
                        + ".json");
        return json;
    }
}
