package io.vectort.identity.organization;

import java.time.Instant;
import java.util.UUID;

/** One person in an organisation. */
public record Member(UUID userId, String email, Role role, Instant joinedAt) {}
