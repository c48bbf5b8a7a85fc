/**
 * Account recovery and email ownership: registration that does not tell whether an address has an
 * account, email verification (optional or required for password sign-in), and password reset by
 * a single-use emailed link. Links carry 256 random bits; only their SHA-256 is stored. Every email
 * goes out after its transaction and off the request thread, so neither a rollback nor the SMTP
 * server's latency shows in an answer. Without SMTP, platform admins issue the links instead.
 */
@NullMarked
package io.vectort.identity.recovery;

import org.jspecify.annotations.NullMarked;
