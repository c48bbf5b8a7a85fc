package io.vectort.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Message resource as the fake Twilio holds it, sent ({@code outbound-api}) or received ({@code
 * inbound}). {@code from} is null while a message sent through a Messaging Service has no sender yet,
 * as at Twilio; {@code price}, {@code errorCode}, {@code errorMessage} and {@code dateSent} stay null
 * until delivery says otherwise.
 */
public record FakeTwilioMessage(
        String sid,
        String from,
        String to,
        String body,
        String status,
        int numSegments,
        int numMedia,
        String direction,
        String price,
        Integer errorCode,
        String errorMessage,
        String messagingServiceSid,
        String statusCallback,
        Instant dateCreated,
        Instant dateUpdated,
        Instant dateSent) {

    /** What Twilio charges a US SMS segment; prices are negative strings with five decimals. */
    static final BigDecimal PRICE_PER_SEGMENT = new BigDecimal("0.00790");

    static FakeTwilioMessage outbound(
            String from, String to, String body, String messagingServiceSid, String statusCallback, Instant now) {
        return new FakeTwilioMessage(
                FakeTwilioWire.sid("SM"),
                from,
                to,
                body,
                messagingServiceSid == null ? "queued" : "accepted",
                SmsSegments.count(body),
                0,
                "outbound-api",
                null,
                null,
                null,
                messagingServiceSid,
                statusCallback,
                now,
                now,
                null);
    }

    static FakeTwilioMessage inbound(
            String sid, String from, String to, String body, int numMedia, String messagingServiceSid, Instant now) {
        return new FakeTwilioMessage(
                sid,
                from,
                to,
                body,
                "received",
                SmsSegments.count(body),
                numMedia,
                "inbound",
                null,
                null,
                null,
                messagingServiceSid,
                null,
                now,
                now,
                now);
    }

    FakeTwilioMessage sent(String sender, Instant now) {
        return new FakeTwilioMessage(
                sid,
                sender,
                to,
                body,
                "sent",
                numSegments,
                numMedia,
                direction,
                price,
                null,
                null,
                messagingServiceSid,
                statusCallback,
                dateCreated,
                now,
                now);
    }

    FakeTwilioMessage delivered(Instant now) {
        String charged = PRICE_PER_SEGMENT
                .multiply(BigDecimal.valueOf(numSegments))
                .negate()
                .toPlainString();
        return new FakeTwilioMessage(
                sid,
                from,
                to,
                body,
                "delivered",
                numSegments,
                numMedia,
                direction,
                charged,
                null,
                null,
                messagingServiceSid,
                statusCallback,
                dateCreated,
                now,
                dateSent == null ? now : dateSent);
    }

    /** {@code failed} (never left Twilio) or {@code undelivered} (the carrier refused it). */
    FakeTwilioMessage notDelivered(String finalStatus, int code, String message, Instant now) {
        return new FakeTwilioMessage(
                sid,
                from,
                to,
                body,
                finalStatus,
                numSegments,
                numMedia,
                direction,
                null,
                code,
                message,
                messagingServiceSid,
                statusCallback,
                dateCreated,
                now,
                dateSent);
    }

    /** The resource as Twilio's API answers it. */
    Map<String, Object> json(String accountSid) {
        String uri = "/" + FakeTwilioWire.API_VERSION + "/Accounts/" + accountSid + "/Messages/" + sid;
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("account_sid", accountSid);
        json.put("api_version", FakeTwilioWire.API_VERSION);
        json.put("body", body);
        json.put("date_created", FakeTwilioWire.date(dateCreated));
        json.put("date_sent", dateSent == null ? null : FakeTwilioWire.date(dateSent));
        json.put("date_updated", FakeTwilioWire.date(dateUpdated));
        json.put("direction", direction);
        json.put("error_code", errorCode);
        json.put("error_message", errorMessage);
        json.put("from", from);
        json.put("messaging_service_sid", messagingServiceSid);
        json.put("num_media", String.valueOf(numMedia));
        json.put("num_segments", String.valueOf(numSegments));
        json.put("price", price);
        json.put("price_unit", "USD");
        json.put("sid", sid);
        json.put("status", status);
        json.put("subresource_uris", Map.of("media", uri + "/Media.json"));
        json.put("to", to);
        json.put("uri", uri + ".json");
        return json;
    }
}
