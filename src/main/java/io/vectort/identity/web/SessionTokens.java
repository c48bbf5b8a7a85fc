package io.vectort.identity.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.vectort.identity.TokenPair;
import org.jspecify.annotations.Nullable;

/**
 * What sign-in and refresh answer. API clients get the refresh token in the body, as documented;
 * the web app gets it only as a cookie, so that no script in the page ever holds it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SessionTokens(String accessToken, @Nullable String refreshToken, long expiresIn, String tokenType) {

    static SessionTokens withRefreshToken(TokenPair pair) {
        return new SessionTokens(pair.accessToken(), pair.refreshToken(), pair.expiresIn(), pair.tokenType());
    }

    static SessionTokens withoutRefreshToken(TokenPair pair) {
        return new SessionTokens(pair.accessToken(), null, pair.expiresIn(), pair.tokenType());
    }
}
