package io.vectort.generation.preview;

import java.util.UUID;

/** What a preview URL shows: a version, how it is served, and the content hash of its files. */
record PreviewTarget(UUID projectId, int version, String kind, String contentHash) {}
