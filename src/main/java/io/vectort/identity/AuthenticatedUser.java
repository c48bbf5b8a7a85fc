package io.vectort.identity;

import java.util.UUID;

/**
 * The caller of an authenticated request. Controllers take it as a parameter; it is resolved from
 * the validated access token.
 */
public record AuthenticatedUser(UUID id, String email) {}
