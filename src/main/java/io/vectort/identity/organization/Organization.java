package io.vectort.identity.organization;

import java.time.Instant;
import java.util.UUID;

/**
 * An organisation as one of its members sees it. {@code suspended}: a platform admin suspended it;
 * its members still see it (to read why) but cannot act in it.
 */
public record Organization(
        UUID id,
        String name,
        String slug,
        boolean personal,
        Role role,
        int memberCount,
        Instant createdAt,
        MfaPolicy mfaPolicy,
        boolean suspended) {}
