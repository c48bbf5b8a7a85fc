package io.vectort.identity.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Request bodies of the auth endpoints. */
final class AuthRequests {

    private AuthRequests() {}

    record Credentials(
            @NotNull @Size(max = 320) String email,
            @NotNull @Size(max = 1024) String password) {}

    /** Optional for the web app, whose refresh token is a cookie. */
    record RefreshToken(@Nullable String refreshToken) {}

    /** The answer to a second-factor challenge: a code from the authenticator app, or a recovery code. */
    record SecondFactorAnswer(
            @NotNull @Size(max = 4096) String challenge,
            @NotNull @Size(max = 64) String code) {}

    /** Step-up: the password, or a second-factor code. */
    record Reauthentication(
            @Nullable @Size(max = 1024) String password,
            @Nullable @Size(max = 64) String code) {}
}
