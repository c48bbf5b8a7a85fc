package io.vectort.identity.mfa;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 time-based one-time passwords as every authenticator app makes them by default:
 * HMAC-SHA-1, 6 digits, 30-second steps. A code is accepted for the current step and one step either
 * side (clocks drift, people type slowly).
 */
final class Totp {

    static final Duration STEP = Duration.ofSeconds(30);
    static final int DIGITS = 6;
    /** Steps accepted on either side of the current one. */
    static final int WINDOW = 1;
    /** 160 bits, the HMAC-SHA-1 block the RFC recommends. */
    static final int SECRET_BYTES = 20;

    private static final Pattern CODE = Pattern.compile("\\d{" + DIGITS + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TimeBasedOneTimePasswordGenerator generator;

    Totp() {
        this(DIGITS);
    }

    /** With another length: the RFC's test vectors are 8 digits. */
    Totp(int digits) {
        this.generator = new TimeBasedOneTimePasswordGenerator(
                STEP, digits, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
    }

    static byte[] newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return secret;
    }

    /** Whether {@code code} has the shape of a TOTP code (and not of a recovery code). */
    static boolean looksLikeCode(String code) {
        return CODE.matcher(code).matches();
    }

    static long stepAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP.toSeconds());
    }

    /** The code of a time step, zero-padded. */
    String code(byte[] secret, long step) {
        try {
            return generator.generateOneTimePasswordString(
                    new SecretKeySpec(secret, "RAW"), Instant.ofEpochSecond(step * STEP.toSeconds()));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("A raw HMAC key is always valid", e);
        }
    }

    /**
     * The step within the window around {@code now} whose code is {@code code}, the newest first
     * (so a code that matches two steps counts for the later one).
     */
    Optional<Long> matchingStep(byte[] secret, String code, Instant now) {
        if (!looksLikeCode(code)) {
            return Optional.empty();
        }
        long current = stepAt(now);
        for (long step = current + WINDOW; step >= current - WINDOW; step--) {
            if (constantTimeEquals(code(secret, step), code)) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    private static boolean constantTimeEquals(String a, String b) {
        return java.security.MessageDigest.isEqual(
                a.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                b.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
