package io.vectort.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Signed, expiring tokens for links a browser follows without a bearer token (download links):
 * {@code base64url(fields|expiry).base64url(HMAC-SHA256)}. Each kind of link has a key of its own,
 * so a token of one kind never opens another.
 */
public final class SignedTokens {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final byte[] key;

    /** {@code key} as URL-safe Base64, as {@link HmacSha256#newKey()} makes it. */
    public SignedTokens(String base64Key) {
        this.key = DECODER.decode(base64Key);
    }

    /** A token carrying {@code fields} (none may contain '|') until {@code expires}. */
    public String issue(List<String> fields, Instant expires) {
        List<String> all = new ArrayList<>(fields);
        all.add(Long.toString(expires.getEpochSecond()));
        String encoded = ENCODER.encodeToString(String.join("|", all).getBytes(StandardCharsets.UTF_8));
        return encoded + "." + ENCODER.encodeToString(HmacSha256.sign(key, encoded));
    }

    /** The fields of a genuine, unexpired token with {@code count} fields; empty otherwise. */
    public Optional<List<String>> verify(String token, int count, Instant now) {
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
            String[] parts = new String(DECODER.decode(encoded), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != count + 1
                    || !Instant.ofEpochSecond(Long.parseLong(parts[count])).isAfter(now)) {
                return Optional.empty();
            }
            return Optional.of(Arrays.asList(parts).subList(0, count));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
