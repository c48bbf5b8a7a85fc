package io.vectort.identity.organization;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** An organisation as the platform's administrators see it (not through a membership). */
public record OrganizationRecord(
        UUID id,
        String name,
        String slug,
        boolean personal,
        int memberCount,
        Instant createdAt,
        Optional<Instant> suspendedAt,
        Optional<String> suspensionReason) {}
