package io.vectort.identity.web;

import jakarta.validation.constraints.NotNull;

/** Request bodies of the auth endpoints. */
final class AuthRequests {

    private AuthRequests() {}

    record Credentials(@NotNull String email, @NotNull String password) {}

    record RefreshToken(@NotNull String refreshToken) {}
}
