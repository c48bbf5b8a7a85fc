package io.vectort.identity.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** One recorded change. */
public record AuditEntry(
        long id,
        UUID orgId,
        Instant occurredAt,
        Optional<UUID> actorId,
        Optional<String> actorEmail,
        String action,
        Optional<String> targetType,
        Optional<String> targetId,
        Map<String, Object> details,
        Optional<String> clientAddress,
        Optional<String> requestId) {}
