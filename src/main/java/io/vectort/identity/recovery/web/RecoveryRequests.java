package io.vectort.identity.recovery.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request bodies of sign-up, email verification and password reset. */
final class RecoveryRequests {

    private RecoveryRequests() {}

    record Credentials(
            @NotNull @Size(max = 320) String email,
            @NotNull @Size(max = 1024) String password) {}

    record Email(@NotNull @Size(max = 320) String email) {}

    record Token(@NotNull @Size(max = 256) String token) {}

    record NewPassword(
            @NotNull @Size(max = 256) String token,
            @NotNull @Size(max = 1024) String newPassword) {}
}
