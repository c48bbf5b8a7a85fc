package io.vectort.identity.oauth;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who the provider says signed in, whatever its wire format: its stable id of the person, the email
 * and whether the provider verified it (only a verified email may match an existing account).
 */
public record ProviderProfile(
        String provider,
        String subject,
        @Nullable String email,
        boolean emailVerified,
        @Nullable String name) {

    public ProviderProfile {
        email = email == null || email.isBlank() ? null : email.strip();
        name = name == null || name.isBlank() ? null : name.strip();
    }

    public Optional<String> optionalEmail() {
        return Optional.ofNullable(email);
    }
}
