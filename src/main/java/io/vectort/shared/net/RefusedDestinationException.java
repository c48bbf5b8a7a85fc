package io.vectort.shared.net;

import java.net.UnknownHostException;

/**
 * A URL that {@link OutboundPolicy} will not call. An {@link UnknownHostException}, so that HTTP
 * clients treat a refusal at connection time like a host that does not resolve: no connection is
 * opened.
 */
public class RefusedDestinationException extends UnknownHostException {

    private final String reason;

    RefusedDestinationException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** A stable code: {@code scheme}, {@code host}, {@code address} or {@code unresolved}. */
    public String reason() {
        return reason;
    }
}
