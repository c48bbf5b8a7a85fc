package io.vectort.identity.oauth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

/**
 * Apple's client secret: not a fixed string but a JWT signed with ES256 by the team's private key
 * (iss = team id, sub = Services ID, aud = https://appleid.apple.com), made fresh and short-lived
 * for each token request so that no long-lived secret exists anywhere.
 */
final class AppleClientSecret {

    static final String AUDIENCE = "https://appleid.apple.com";
    private static final Duration LIFETIME = Duration.ofMinutes(5);

    private final String teamId;
    private final String clientId;
    private final String keyId;
    private final ECDSASigner signer;
    private final Clock clock;

    AppleClientSecret(OAuthProperties.Apple apple, Clock clock) {
        this.teamId = apple.teamId();
        this.clientId = apple.clientId();
        this.keyId = apple.keyId();
        this.clock = clock;
        try {
            this.signer = new ECDSASigner(parse(apple.privateKeyPem()));
        } catch (JOSEException e) {
            throw new IllegalArgumentException("VECTORT_OAUTH_APPLE_PRIVATE_KEY is not a P-256 key: " + e.getMessage());
        }
    }

    String create() {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(teamId)
                .subject(clientId)
                .audience(AUDIENCE)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .build();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(keyId).build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign Apple's client secret", e);
        }
        return jwt.serialize();
    }

    /** The PKCS #8 PEM that Apple's .p8 key file holds. */
    static ECPrivateKey parse(String pem) {
        String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        try {
            return (ECPrivateKey) KeyFactory.getInstance("EC")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalArgumentException("VECTORT_OAUTH_APPLE_PRIVATE_KEY(_FILE) must be the PEM text of Apple's"
                    + " .p8 key (-----BEGIN PRIVATE KEY-----...)");
        }
    }
}
