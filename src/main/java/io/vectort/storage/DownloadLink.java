package io.vectort.storage;

import java.net.URI;
import java.time.Instant;

/** A pre-signed, expiring URL to one object. */
public record DownloadLink(URI url, Instant expiresAt) {}
