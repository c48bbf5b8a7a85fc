package io.vectort.identity.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.ResponseCookie;

/**
 * The web app's refresh token, kept where its scripts cannot read it: an {@code HttpOnly} cookie,
 * sent only to the auth endpoints ({@code Path=/api/v1/auth}), never cross-site
 * ({@code SameSite=Strict}), and {@code Secure} when the client came over HTTPS. Requests that use it
 * must carry {@link #BROWSER_HEADER}: a cross-site form cannot set a header, so a forged request has
 * the cookie (if the browser sent it at all) but not the header.
 */
final class RefreshCookie {

    static final String NAME = "vectort_refresh";
    static final String PATH = "/api/v1/auth";
    static final String BROWSER_HEADER = "X-Requested-With";
    static final String BROWSER_HEADER_VALUE = "vectort";

    private RefreshCookie() {}

    /** Whether the web app sent the request (and so wants the refresh token as a cookie). */
    static boolean fromBrowserApp(HttpServletRequest request) {
        return BROWSER_HEADER_VALUE.equals(request.getHeader(BROWSER_HEADER));
    }

    static Optional<String> read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(cookie ->
                        NAME.equals(cookie.getName()) && !cookie.getValue().isBlank())
                .map(Cookie::getValue)
                .findFirst();
    }

    static String issue(String refreshToken, Duration lifetime, HttpServletRequest request) {
        return cookie(refreshToken, lifetime, request).toString();
    }

    static String clear(HttpServletRequest request) {
        return cookie("", Duration.ZERO, request).toString();
    }

    private static ResponseCookie cookie(String value, Duration maxAge, HttpServletRequest request) {
        return ResponseCookie.from(NAME, value)
                .httpOnly(true)
                // isSecure() reflects X-Forwarded-Proto from a trusted proxy (ForwardedHeadersFilter).
                .secure(request.isSecure())
                .sameSite("Strict")
                .path(PATH)
                .maxAge(maxAge)
                .build();
    }
}
