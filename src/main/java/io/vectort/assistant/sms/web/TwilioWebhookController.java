package io.vectort.assistant.sms.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vectort.assistant.sms.PhoneNumbers;
import io.vectort.assistant.sms.SmsCallbacks;
import io.vectort.assistant.sms.SmsDelivery;
import io.vectort.assistant.sms.SmsInbound;
import io.vectort.identity.access.PublicAccess;
import io.vectort.shared.InvalidRequestException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Twilio's webhooks: incoming texts and delivery reports. Every request must carry Twilio's
 * signature over the URL Twilio called (under {@code VECTORT_PUBLIC_URL}) and its parameters; one
 * without it is refused 403. An incoming text is stored and queued, and answered at once with
 * empty TwiML — well within Twilio's 15 seconds — the reply goes out later through the REST API.
 * Twilio posts forms; any other body has no signed parameters and is refused like a bad signature.
 */
@Tag(name = "SMS webhooks")
@RestController
class TwilioWebhookController {

    private static final Logger log = LoggerFactory.getLogger(TwilioWebhookController.class);
    private static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>";

    private final TwilioSignatures signatures;
    private final SmsInbound inbound;
    private final SmsDelivery delivery;

    TwilioWebhookController(TwilioSignatures signatures, SmsInbound inbound, SmsDelivery delivery) {
        this.signatures = signatures;
        this.inbound = inbound;
        this.delivery = delivery;
    }

    @Operation(summary = "Twilio: an incoming text (form-encoded, signed with X-Twilio-Signature)")
    @PublicAccess
    @PostMapping(SmsCallbacks.INBOUND_PATH)
    ResponseEntity<String> inbound(HttpServletRequest request) {
        Map<String, String> form = signatures.verified(request, SmsCallbacks.INBOUND_PATH);
        String sid = required(form, "MessageSid");
        String from = number(form, "From");
        String to = number(form, "To");
        int media = parseCount(form.get("NumMedia"));
        if (inbound.receive(sid, from, to, form.getOrDefault("Body", ""), media)) {
            log.info("Received a text ({} media)", media);
        } else {
            log.info("Twilio sent text {} again; it was received already", sid);
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_XML).body(EMPTY_TWIML);
    }

    @Operation(summary = "Twilio: a delivery report for a text Vectort sent (form-encoded, signed)")
    @PublicAccess
    @PostMapping(SmsCallbacks.STATUS_PATH)
    ResponseEntity<Void> status(HttpServletRequest request) {
        Map<String, String> form = signatures.verified(request, SmsCallbacks.STATUS_PATH);
        String sid = required(form, "MessageSid");
        String status = required(form, "MessageStatus");
        if (!status.matches("[a-z_-]{2,20}")) {
            throw new InvalidRequestException("MessageStatus", "invalid", "is not a Twilio message status");
        }
        String error = form.get("ErrorCode");
        if (!delivery.reported(sid, status, error == null || error.isBlank() ? null : error.strip())) {
            log.debug("A delivery report for a text we do not know: {}", sid);
        }
        return ResponseEntity.noContent().build();
    }

    private static String required(Map<String, String> form, String name) {
        String value = form.get(name);
        if (value == null || value.isBlank() || value.length() > 64) {
            throw new InvalidRequestException(name, "required", "is missing");
        }
        return value.strip();
    }

    private static String number(Map<String, String> form, String name) {
        String value = required(form, name);
        if (!PhoneNumbers.isE164(value)) {
            throw new InvalidRequestException(name, "invalid-number", "must be an E.164 number");
        }
        return value;
    }

    private static int parseCount(@Nullable String text) {
        try {
            return text == null ? 0 : Math.max(0, Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
