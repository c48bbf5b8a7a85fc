package io.vectort.assistant.sms;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A user's phone for the Assistant's texts.
 *
 * @param codeExpiresAt when the pending verification code stops working, if one is pending
 * @param conversationId the Assistant conversation the texts go to, once there is one
 */
public record Phone(
        UUID userId,
        String number,
        Optional<Instant> verifiedAt,
        Optional<Instant> optedOutAt,
        Optional<Instant> codeExpiresAt,
        Optional<UUID> conversationId) {

    public boolean verified() {
        return verifiedAt.isPresent();
    }

    public boolean optedOut() {
        return optedOutAt.isPresent();
    }

    /** Whether Vectort may text it anything but a verification code. */
    public boolean reachable() {
        return verified() && !optedOut();
    }
}
