package io.vectort.generation.preview;

import java.util.UUID;

/**
 * What a preview URL or a published site shows: a version, how it is served ({@code static},
 * {@code vite}, or {@code none}), and the content hash of its files.
 */
public record PreviewTarget(UUID projectId, int version, String kind, String contentHash) {}
