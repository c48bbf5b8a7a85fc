package io.vectort.generation.hosting;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A project's published version.
 *
 * @param path the site's address on this instance, {@code /sites/{organisation}/{slug}/}
 * @param ready whether it can be served now (a Vite project is built first)
 */
public record Site(
        UUID projectId,
        String slug,
        String path,
        int version,
        boolean ready,
        Optional<UUID> publishedBy,
        Instant publishedAt) {}
