package io.vectort.web.fuzz;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One request the fuzzer sends.
 *
 * @param target path and query, percent-encoded as it goes on the wire
 * @param auth who the request claims to be
 * @param body the body as sent, {@code null} for none
 */
record FuzzCase(
        String description,
        Operation operation,
        String method,
        String target,
        Auth auth,
        Map<String, String> headers,
        @Nullable String body) {

    enum Auth {
        NONE,
        GARBAGE,
        USER_TOKEN,
        API_KEY,
        /** The operation's own credentials: the user's token on the API, the API key on /v1. */
        OWN
    }

    @Override
    public String toString() {
        String shown = body == null ? "" : " body=" + (body.length() > 120 ? body.substring(0, 120) + "..." : body);
        String path = target.length() > 160 ? target.substring(0, 160) + "..." : target;
        return description + ": " + method + " " + path + " auth=" + auth + " " + headers + shown;
    }
}
