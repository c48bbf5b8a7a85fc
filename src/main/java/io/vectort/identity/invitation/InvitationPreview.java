package io.vectort.identity.invitation;

import io.vectort.identity.organization.Role;
import java.time.Instant;
import java.util.UUID;

/**
 * What a link invites to, for "Join Acme as member".
 *
 * @param email the invited address: in full for the invited person, masked for anyone else
 */
public record InvitationPreview(
        UUID orgId, String orgName, String orgSlug, Role role, String email, Instant expiresAt) {}
