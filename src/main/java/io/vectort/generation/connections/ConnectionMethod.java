package io.vectort.generation.connections;

import java.util.Locale;

/** How a connection's token came to Vectort; recorded in the audit log with the connection. */
public enum ConnectionMethod {
    /** Pasted by an owner or admin (a personal access token, a host's API token). */
    TOKEN,
    /** Granted through GitHub's OAuth authorization ("Connect with GitHub"). */
    OAUTH;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
