package io.vectort.identity.web;

import io.vectort.identity.SignInContext;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;

/** Reads where a sign-in or refresh comes from. */
public final class SignInRequests {

    private SignInRequests() {}

    /** A password sign-in's context; providers change the method with {@link SignInContext#withMethod}. */
    public static SignInContext context(HttpServletRequest request) {
        // getRemoteAddr() is the client's address once trusted proxies' headers were applied.
        return SignInContext.password(request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT));
    }
}
