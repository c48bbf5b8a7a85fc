package io.vectort.identity.mfa;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * One-time recovery codes: 12 characters from an alphabet without look-alikes (60 random bits),
 * shown as {@code xxxx-xxxx-xxxx}. People type them from paper, so case, spaces and dashes do not
 * matter. Only a hash is stored; the hash includes the user so equal codes of two users differ.
 */
final class RecoveryCodes {

    static final int COUNT = 10;

    /** No 0/o, 1/l/i: a code read aloud or from paper is unambiguous. */
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {}

    static List<String> generate() {
        List<String> codes = new ArrayList<>(COUNT);
        while (codes.size() < COUNT) {
            StringBuilder code = new StringBuilder(LENGTH + 2);
            for (int i = 0; i < LENGTH; i++) {
                if (i > 0 && i % 4 == 0) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            if (!codes.contains(code.toString())) {
                codes.add(code.toString());
            }
        }
        return codes;
    }

    /** Lower case without spaces and dashes: what was typed, as it was generated. */
    static String normalise(String typed) {
        StringBuilder out = new StringBuilder(typed.length());
        for (char c : typed.toLowerCase(Locale.ROOT).toCharArray()) {
            if (!Character.isWhitespace(c) && c != '-' && c != '\u2010' && c != '\u2013') {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String hash(UUID userId, String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((userId + ":" + normalise(code)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
