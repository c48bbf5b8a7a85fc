package io.vectort.assistant.sms.web;

import com.twilio.security.RequestValidator;
import io.vectort.assistant.sms.SmsCallbacks;
import io.vectort.assistant.sms.SmsProperties;
import io.vectort.shared.DomainException;
import io.vectort.shared.ErrorCategory;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Checks {@code X-Twilio-Signature} with the Twilio SDK's own validator: HMAC-SHA1, keyed by the
 * auth token, over the URL Twilio called and the POST parameters sorted by name. Behind a proxy the
 * URL a request arrives at is not the one Twilio called, so the URL is {@code VECTORT_PUBLIC_URL}'s;
 * without one, the request's own URL (a server reached directly).
 */
@Component
class TwilioSignatures {

    private static final Logger log = LoggerFactory.getLogger(TwilioSignatures.class);

    private final SmsCallbacks callbacks;
    private final Optional<RequestValidator> validator;

    TwilioSignatures(SmsCallbacks callbacks, SmsProperties properties) {
        this.callbacks = callbacks;
        this.validator = properties.twilio().configured()
                ? Optional.of(new RequestValidator(properties.twilio().authToken()))
                : Optional.empty();
    }

    /** The request's form parameters, once its signature is right; 403 otherwise. */
    Map<String, String> verified(HttpServletRequest request, String path) {
        if (validator.isEmpty()) {
            throw new DomainException(ErrorCategory.NOT_FOUND, "not-found", "No SMS provider is configured here");
        }
        Map<String, String> form = new TreeMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (values.length > 0) {
                form.put(name, values[0]);
            }
        });
        String url = callbacks
                .signedUrl(path)
                .orElseGet(() -> request.getRequestURL().toString());
        String signature = request.getHeader("X-Twilio-Signature");
        if (signature == null || !validator.get().validate(url, form, signature)) {
            log.warn(
                    "Refused a request to {} without a valid Twilio signature (from {})",
                    path,
                    request.getRemoteAddr());
            throw new DomainException(
                    ErrorCategory.FORBIDDEN, "invalid-signature", "The Twilio signature is not valid");
        }
        return form;
    }
}
