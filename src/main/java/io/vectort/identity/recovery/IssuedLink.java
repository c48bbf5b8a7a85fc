package io.vectort.identity.recovery;

import java.net.URI;
import java.time.Instant;

/** A link an admin hands to a user themselves (when the instance cannot send email). */
public record IssuedLink(URI url, Instant expiresAt) {}
