package io.vectort.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Identity settings, prefix {@code vectort.identity}.
 *
 * @param jwtSecret HMAC key for access tokens (environment {@code VECTORT_JWT_SECRET}, at least 32
 *     characters); when empty, a random key is generated once and shared by all nodes through the
 *     database
 * @param accessTokenTtl lifetime of an access token
 * @param refreshTokenTtl lifetime of a refresh token (and so of an idle session)
 * @param issuer the {@code iss} claim of access tokens
 * @param registrationsPerHour sign-ups allowed per client address per hour
 */
@ConfigurationProperties("vectort.identity")
public record IdentityProperties(
        @DefaultValue("") String jwtSecret,
        @DefaultValue("15m") Duration accessTokenTtl,
        @DefaultValue("30d") Duration refreshTokenTtl,
        @DefaultValue("vectort") String issuer,
        @DefaultValue("5") int registrationsPerHour) {

    public IdentityProperties {
        if (!jwtSecret.isEmpty() && jwtSecret.length() < 32) {
            throw new IllegalArgumentException(
                    "vectort.identity.jwt-secret (VECTORT_JWT_SECRET) must be at least 32 characters, or empty"
                            + " to let Vectort generate one");
        }
        if (accessTokenTtl.isNegative() || accessTokenTtl.isZero() || refreshTokenTtl.compareTo(accessTokenTtl) < 0) {
            throw new IllegalArgumentException(
                    "vectort.identity token lifetimes must be positive and refresh-token-ttl >= access-token-ttl");
        }
    }
}
