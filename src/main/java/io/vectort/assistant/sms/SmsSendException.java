package io.vectort.assistant.sms;

import java.util.Optional;
import java.util.Set;

/** The provider refused a request; its error code (Twilio's) says why and whether to try again. */
public class SmsSendException extends RuntimeException {

    /** Twilio: "Attempt to send to unsubscribed recipient" — the person texted STOP. */
    public static final int UNSUBSCRIBED = 21610;

    /** Errors that pass: too many requests, queue overflow, rate limits, carrier congestion, unknown. */
    private static final Set<Integer> RETRYABLE_CODES = Set.of(20429, 20500, 20503, 30001, 30008, 30017, 30022, 30027);

    private final int httpStatus;
    private final Optional<Integer> code;

    public SmsSendException(int httpStatus, Optional<Integer> code, String message) {
        super(message);
        this.httpStatus = httpStatus;
        this.code = code;
    }

    /** A failure to reach the provider at all. */
    public static SmsSendException unreachable(String message) {
        return new SmsSendException(0, Optional.empty(), message);
    }

    public int httpStatus() {
        return httpStatus;
    }

    public Optional<Integer> code() {
        return code;
    }

    public boolean unsubscribed() {
        return code.filter(c -> c == UNSUBSCRIBED).isPresent();
    }

    /** Whether the same request may succeed later: no answer, 429, 5xx, or a code known to pass. */
    public boolean retryable() {
        return httpStatus == 0
                || httpStatus == 429
                || httpStatus >= 500
                || code.filter(RETRYABLE_CODES::contains).isPresent();
    }

    /** Whether a delivery failure reported by a status callback may pass on another try. */
    public static boolean retryableDeliveryError(String errorCode) {
        try {
            return RETRYABLE_CODES.contains(Integer.parseInt(errorCode)) || errorCode.equals("30003");
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
