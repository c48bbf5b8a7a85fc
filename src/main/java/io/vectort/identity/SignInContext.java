package io.vectort.identity;

import org.jspecify.annotations.Nullable;

/**
 * Where a sign-in comes from, shown on the sessions page.
 *
 * @param method how the first factor was proven: {@code password} or a provider's id
 * @param clientAddress the client's address as the server saw it (after trusted proxies)
 * @param userAgent the browser or client's {@code User-Agent}, shortened
 */
public record SignInContext(
        String method,
        @Nullable String clientAddress,
        @Nullable String userAgent) {

    private static final int MAX_USER_AGENT = 300;

    public SignInContext {
        if (userAgent != null && userAgent.length() > MAX_USER_AGENT) {
            userAgent = userAgent.substring(0, MAX_USER_AGENT);
        }
    }

    public static SignInContext password(@Nullable String clientAddress, @Nullable String userAgent) {
        return new SignInContext("password", clientAddress, userAgent);
    }

    public SignInContext withMethod(String otherMethod) {
        return new SignInContext(otherMethod, clientAddress, userAgent);
    }
}
