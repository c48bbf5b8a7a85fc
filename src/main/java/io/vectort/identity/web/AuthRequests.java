package io.vectort.identity.web;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** Request bodies of the auth endpoints. */
final class AuthRequests {

    private AuthRequests() {}

    record Credentials(@NotNull String email, @NotNull String password) {}

    /** Optional for the web app, whose refresh token is a cookie. */
    record RefreshToken(@Nullable String refreshToken) {}
}
