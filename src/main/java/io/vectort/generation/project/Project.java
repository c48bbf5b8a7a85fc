package io.vectort.generation.project;

import java.time.Instant;
import java.util.UUID;

/** A Builder project. {@code currentVersion} is 0 until the first generation succeeds. */
public record Project(
        UUID id,
        UUID orgId,
        String name,
        String description,
        int currentVersion,
        Instant createdAt,
        Instant updatedAt) {}
