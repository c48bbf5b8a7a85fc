package io.vectort.generation.version;

import java.io.InputStream;

/** An export served by Vectort itself (filesystem store): the bytes and the name to save them as. */
public record ArchiveDownload(InputStream content, long sizeBytes, String fileName) {}
