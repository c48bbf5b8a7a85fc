package io.vectort.identity.privacy;

import java.io.InputStream;

/** A ready export opened through its signed link: the bytes and the name to save them as. */
public record ExportDownload(InputStream content, long sizeBytes, String fileName) {}
