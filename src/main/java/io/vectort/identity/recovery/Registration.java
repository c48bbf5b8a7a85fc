package io.vectort.identity.recovery;

/**
 * The answer to a sign-up, the same whether the address was new or already had an account.
 *
 * @param email the address as sent
 * @param emailVerification {@code required}: confirm the address before signing in; {@code
 *     optional}: sign in now
 */
public record Registration(String email, String emailVerification) {}
