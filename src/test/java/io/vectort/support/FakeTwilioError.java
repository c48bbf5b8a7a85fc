package io.vectort.support;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refusal of the fake Twilio, thrown by a handler and answered with Twilio's error body: {@code
 * code}, {@code message}, {@code more_info}, {@code status}, always in that shape.
 */
final class FakeTwilioError extends RuntimeException {

    final int status;
    final int code;

    FakeTwilioError(int status, int code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    static FakeTwilioError badRequest(int code, String message) {
        return new FakeTwilioError(400, code, message);
    }

    static FakeTwilioError notFound(String path) {
        return new FakeTwilioError(404, 20404, "The requested resource " + path + " was not found");
    }

    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("message", getMessage());
        body.put("more_info", "https://www.twilio.com/docs/errors/" + code);
        body.put("status", status);
        return body;
    }
}
