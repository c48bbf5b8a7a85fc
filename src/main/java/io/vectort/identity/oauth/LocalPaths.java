package io.vectort.identity.oauth;

import org.jspecify.annotations.Nullable;

/**
 * Where the browser goes after a sign-in: only a path inside the app, by the web app's own rule (a
 * single leading slash), so a crafted start link cannot send a fresh session to another site.
 */
public final class LocalPaths {

    public static final String DEFAULT = "/projects";
    private static final int MAX_LENGTH = 2000;

    private LocalPaths() {}

    public static String orDefault(@Nullable String next) {
        if (next == null
                || next.length() > MAX_LENGTH
                || !next.startsWith("/")
                || next.startsWith("//")
                // Browsers read a backslash as a slash: "/\evil.example" is another host.
                || next.startsWith("/\\")
                || next.startsWith("/signin")
                || next.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return DEFAULT;
        }
        return next;
    }
}
