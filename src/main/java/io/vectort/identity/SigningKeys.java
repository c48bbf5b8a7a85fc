package io.vectort.identity;

import io.vectort.database.InstanceSettings;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Resolves the HMAC key that signs access tokens: the configured secret, or one generated on first
 * start and kept in the instance settings so that every node (and every restart) agrees.
 */
final class SigningKeys {

    private static final String SETTING = "jwt_signing_key";

    private SigningKeys() {}

    static SecretKey resolve(IdentityProperties properties, InstanceSettings settings) {
        byte[] material = properties.jwtSecret().isEmpty()
                ? Base64.getDecoder().decode(settings.getOrCreate(SETTING, SigningKeys::randomKey))
                : properties.jwtSecret().getBytes(StandardCharsets.UTF_8);
        return new SecretKeySpec(material, "HmacSHA256");
    }

    private static String randomKey() {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        return Base64.getEncoder().encodeToString(fresh);
    }
}
