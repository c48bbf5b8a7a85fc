package io.vectort.generation.preview;

import io.vectort.database.InstanceSettings;
import io.vectort.shared.HmacSha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Signed, expiring capabilities for one preview. An iframe cannot send the bearer token, so the URL
 * itself carries the proof that its owner asked for it, and nothing else.
 */
@Component
class PreviewTokens {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final byte[] key;
    private final PreviewProperties properties;
    private final Clock clock = Clock.systemUTC();

    PreviewTokens(InstanceSettings settings, PreviewProperties properties) {
        this.key = DECODER.decode(settings.getOrCreate("preview_signing_key", HmacSha256::newKey));
        this.properties = properties;
    }

    String issue(PreviewTarget target) {
        Instant expires = clock.instant().plus(properties.tokenTtl());
        String payload = String.join(
                "|",
                target.projectId().toString(),
                Integer.toString(target.version()),
                target.kind(),
                target.contentHash(),
                Long.toString(expires.getEpochSecond()));
        String encoded = ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return encoded + "." + ENCODER.encodeToString(sign(encoded));
    }

    Optional<PreviewTarget> verify(String token) {
        int dot = token.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String encoded = token.substring(0, dot);
        byte[] signature;
        String[] parts;
        try {
            signature = DECODER.decode(token.substring(dot + 1));
            parts = new String(DECODER.decode(encoded), StandardCharsets.UTF_8).split("\\|");
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(signature, sign(encoded)) || parts.length != 5) {
            return Optional.empty();
        }
        if (Instant.ofEpochSecond(Long.parseLong(parts[4])).isBefore(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(
                new PreviewTarget(UUID.fromString(parts[0]), Integer.parseInt(parts[1]), parts[2], parts[3]));
    }

    private byte[] sign(String payload) {
        return HmacSha256.sign(key, payload);
    }
}
