package io.vectort.identity;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Resolves the HMAC key that signs access tokens: the configured secret, or one generated on first
 * start and stored in {@code instance_settings} so that every node (and every restart) agrees.
 */
final class SigningKeys {

    private static final String SETTING = "jwt_signing_key";

    private SigningKeys() {}

    static SecretKey resolve(IdentityProperties properties, JdbcClient jdbc) {
        byte[] material = properties.jwtSecret().isEmpty()
                ? Base64.getDecoder().decode(storedOrCreated(jdbc))
                : properties.jwtSecret().getBytes(StandardCharsets.UTF_8);
        return new SecretKeySpec(material, "HmacSHA256");
    }

    private static String storedOrCreated(JdbcClient jdbc) {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        // Two nodes starting together both try to insert; the first wins and both read its value.
        jdbc.sql("insert into instance_settings (key, value) values (:key, :value) on conflict (key) do nothing")
                .param("key", SETTING)
                .param("value", Base64.getEncoder().encodeToString(fresh))
                .update();
        return jdbc.sql("select value from instance_settings where key = :key")
                .param("key", SETTING)
                .query(String.class)
                .single();
    }
}
