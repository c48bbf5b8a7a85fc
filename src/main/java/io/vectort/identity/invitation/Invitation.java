package io.vectort.identity.invitation;

import io.vectort.identity.organization.Role;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * An invitation as its organisation's admins see it (never with its token).
 *
 * @param invitedBy the inviter's email; empty once their account is deleted
 */
public record Invitation(
        UUID id,
        UUID orgId,
        String email,
        Role role,
        Optional<String> invitedBy,
        Instant expiresAt,
        Instant createdAt) {}
