/**
 * Accounts and sessions: registration, Argon2id password hashes, short-lived JWT access tokens and
 * rotating refresh tokens with reuse detection. Other modules see only {@link
 * io.vectort.identity.AuthenticatedUser}.
 */
@NullMarked
package io.vectort.identity;

import org.jspecify.annotations.NullMarked;
