package io.vectort.generation.version;

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
 * Signed, expiring download tokens for exports kept on the filesystem store, the counterpart of an
 * S3 presigned URL: a browser following a link cannot send the bearer token, so the URL carries the
 * proof. The key is generated once and shared by all nodes through the instance settings.
 */
@Component
class ExportTokens {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final byte[] key;

    ExportTokens(InstanceSettings settings) {
        this.key = DECODER.decode(settings.getOrCreate("export_signing_key", HmacSha256::newKey));
    }

    String issue(ExportTarget target, Instant expires) {
        String payload = String.join(
                "|",
                target.orgId().toString(),
                target.projectId().toString(),
                Integer.toString(target.version()),
                Long.toString(expires.getEpochSecond()));
        String encoded = ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return encoded + "." + ENCODER.encodeToString(sign(encoded));
    }

    Optional<ExportTarget> verify(String token, Instant now) {
        int dot = token.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String encoded = token.substring(0, dot);
        try {
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, sign(encoded))) {
                return Optional.empty();
            }
            String[] parts = new String(DECODER.decode(encoded), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 4
                    || Instant.ofEpochSecond(Long.parseLong(parts[3])).isBefore(now)) {
                return Optional.empty();
            }
            return Optional.of(
                    new ExportTarget(UUID.fromString(parts[0]), UUID.fromString(parts[1]), Integer.parseInt(parts[2])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] sign(String payload) {
        return HmacSha256.sign(key, payload);
    }

    /** The one archive a token opens. */
    record ExportTarget(UUID orgId, UUID projectId, int version) {}
}
