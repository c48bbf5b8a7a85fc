package io.vectort.identity;

/** What a successful login or refresh returns. {@code expiresIn} is the access token's, in seconds. */
public record TokenPair(String accessToken, String refreshToken, long expiresIn, String tokenType) {

    static TokenPair bearer(String accessToken, String refreshToken, long expiresIn) {
        return new TokenPair(accessToken, refreshToken, expiresIn, "Bearer");
    }
}
