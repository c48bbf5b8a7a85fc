package io.vectort.identity.privacy;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A data export as its owner sees it.
 *
 * @param progress 0 to 1: the share of the contributors that have written their part
 * @param downloadUrl a path on this server with a signed token, while the export is ready
 * @param expiresAt when a ready export's link stops working and the archive is deleted
 */
public record DataExport(
        UUID id,
        ExportStatus status,
        double progress,
        Instant createdAt,
        Optional<URI> downloadUrl,
        Optional<Instant> expiresAt) {}
