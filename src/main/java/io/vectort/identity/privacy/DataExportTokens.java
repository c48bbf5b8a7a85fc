package io.vectort.identity.privacy;

import io.vectort.database.InstanceSettings;
import io.vectort.shared.HmacSha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Signed, expiring tokens of data export download links, built like the project export's: a
 * browser following the link cannot send the bearer token, so the URL carries the proof. The key
 * is generated once and shared by all nodes through the instance settings; it is a key of its own
 * (not the project export's), so one kind of link can never be turned into the other.
 */
@Component
class DataExportTokens {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final byte[] key;

    DataExportTokens(InstanceSettings settings) {
        this.key = DECODER.decode(settings.getOrCreate("data_export_signing_key", HmacSha256::newKey));
    }

    String issue(UUID exportId, UUID userId, Instant expires) {
        String payload =
                String.join("|", exportId.toString(), userId.toString(), Long.toString(expires.getEpochSecond()));
        String encoded = ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return encoded + "." + ENCODER.encodeToString(HmacSha256.sign(key, encoded));
    }

    /** The export a token opens; empty when it is forged, altered or expired. */
    Optional<Target> verify(String token, Instant now) {
        int dot = token.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String encoded = token.substring(0, dot);
        try {
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, HmacSha256.sign(key, encoded))) {
                return Optional.empty();
            }
            String[] parts = new String(DECODER.decode(encoded), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 3
                    || !Instant.ofEpochSecond(Long.parseLong(parts[2])).isAfter(now)) {
                return Optional.empty();
            }
            return Optional.of(new Target(UUID.fromString(parts[0]), UUID.fromString(parts[1])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    record Target(UUID exportId, UUID userId) {}
}
