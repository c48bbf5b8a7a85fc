package io.vectort.generation.version;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One immutable version of a project. */
public record VersionInfo(
        int number,
        Optional<UUID> generationId,
        Optional<Integer> parentNumber,
        String summary,
        int fileCount,
        long totalBytes,
        Instant createdAt) {}
