package io.vectort.generation.version;

import java.net.URI;
import java.time.Instant;

/**
 * An exported version: where to download it and until when. {@code downloadUrl} is absolute for
 * a presigned S3 URL and a path on this server for the filesystem store.
 */
public record ArchiveExport(int version, long sizeBytes, URI downloadUrl, Instant expiresAt) {}
