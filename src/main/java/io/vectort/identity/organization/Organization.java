package io.vectort.identity.organization;

import java.time.Instant;
import java.util.UUID;

/** An organisation as one of its members sees it. */
public record Organization(
        UUID id,
        String name,
        String slug,
        boolean personal,
        Role role,
        int memberCount,
        Instant createdAt,
        MfaPolicy mfaPolicy) {}
