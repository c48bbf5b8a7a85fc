package io.vectort.identity;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import io.vectort.shared.FieldViolation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What a new password must be: 8 to 128 characters; at least 12, or estimated strong by zxcvbn
 * (score 3 of 4) when shorter; never one of the 30,000 most common passwords (the list zxcvbn bundles),
 * and never guessable from the account's own email (score below 2 with the email as a hint).
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int COMFORTABLE_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final String COMMON_PASSWORDS = "/com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";

    private final Zxcvbn zxcvbn = new Zxcvbn();
    private final Set<String> common = loadCommon();

    /** Why {@code password} is refused for the account of {@code email}; empty when it is fine. */
    public Optional<FieldViolation> check(String password, String email) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            return violation("invalid-length", "must be between " + MIN_LENGTH + " and " + MAX_LENGTH + " characters");
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            return violation("common-password", "is one of the most common passwords; choose another");
        }
        Strength strength = zxcvbn.measure(password, hints(email));
        if (strength.getScore() < 2) {
            return violation("weak-password", "is too easy to guess; use a longer phrase of unrelated words");
        }
        if (length < COMFORTABLE_LENGTH && strength.getScore() < 3) {
            return violation(
                    "weak-password", "must be at least " + COMFORTABLE_LENGTH + " characters, or harder to guess");
        }
        return Optional.empty();
    }

    private static List<String> hints(String email) {
        String normalized = email.trim().toLowerCase(Locale.ROOT);
        int at = normalized.indexOf('@');
        return at > 0 ? List.of(normalized, normalized.substring(0, at), "vectort") : List.of(normalized, "vectort");
    }

    private static Optional<FieldViolation> violation(String code, String message) {
        return Optional.of(new FieldViolation("password", code, message));
    }

    private static Set<String> loadCommon() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException("zxcvbn's list of common passwords is missing: " + COMMON_PASSWORDS);
            }
            Set<String> words = new HashSet<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                reader.lines().map(String::trim).filter(line -> !line.isEmpty()).forEach(words::add);
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
