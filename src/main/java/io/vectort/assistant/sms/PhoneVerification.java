package io.vectort.assistant.sms;

import io.vectort.assistant.settings.AssistantSettingsStore;
import io.vectort.shared.ConflictException;
import io.vectort.shared.DomainException;
import io.vectort.shared.ErrorCategory;
import io.vectort.shared.RateLimitExceededException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proves a phone is the user's before Vectort texts it anything else: a six-digit code texted to
 * it, valid for a few minutes, five tries; a few codes an hour at most, so nobody can use Vectort
 * to pester a stranger's phone. A number verified by another account cannot be taken.
 */
@Service
public class PhoneVerification {

    static final int MAX_ATTEMPTS = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SmsPhones phones;
    private final SmsOutbox outbox;
    private final SmsRoutes routes;
    private final AssistantSettingsStore settings;
    private final SmsProperties properties;

    PhoneVerification(
            SmsPhones phones,
            SmsOutbox outbox,
            SmsRoutes routes,
            AssistantSettingsStore settings,
            SmsProperties properties) {
        this.phones = phones;
        this.outbox = outbox;
        this.routes = routes;
        this.settings = settings;
        this.properties = properties;
    }

    /** Texts a new code to {@code typed} (read in {@code country} unless it starts with +). */
    @Transactional
    public void sendCode(UUID userId, String typed, String country) {
        String number = PhoneNumbers.e164(typed, country);
        refuseIfTaken(userId, number);
        Optional<SmsPhones.Window> window = phones.codeWindow(userId);
        if (window.isPresent() && window.get().codes() >= properties.codesPerHour()) {
            long wait = Math.max(
                    1, Duration.between(Instant.now(), window.get().endsAt()).toSeconds());
            throw new RateLimitExceededException(
                    "too-many-codes", "verification codes", properties.codesPerHour(), 0, wait, wait);
        }
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        phones.pendingCode(
                userId, number, hash(userId, number, code), Instant.now().plus(properties.codeValidity()));
        outbox.toNumber(
                userId,
                "verification",
                "verification:" + userId + ":" + UUID.randomUUID(),
                number,
                routes.sharedNumber().orElse(""),
                SmsTexts.code(settings.get(userId).languageOrEnglish(), code));
    }

    /** Checks the code; right, the phone is verified. */
    @Transactional(noRollbackFor = DomainException.class)
    public void verify(UUID userId, String code) {
        String typed = code == null ? "" : code.replaceAll("\\s", "");
        if (!typed.matches("\\d{6}")) {
            throw new DomainException(
                    ErrorCategory.INVALID,
                    "wrong-code",
                    "The code is the six digits we texted you",
                    Map.of("field", "code"));
        }
        SmsPhones.PendingCode pending = phones.attempt(userId)
                .orElseThrow(() -> new ConflictException("no-pending-code", "Ask for a code first"));
        if (pending.expiresAt().isBefore(Instant.now()) || pending.attempts() > MAX_ATTEMPTS) {
            phones.dropCode(userId);
            throw new DomainException(
                    ErrorCategory.INVALID,
                    "code-expired",
                    "This code has expired; ask for a new one",
                    Map.of("field", "code"));
        }
        if (!MessageDigest.isEqual(
                pending.hash().getBytes(StandardCharsets.UTF_8),
                hash(userId, pending.number(), typed).getBytes(StandardCharsets.UTF_8))) {
            int left = MAX_ATTEMPTS - pending.attempts();
            throw new DomainException(
                    ErrorCategory.INVALID,
                    "wrong-code",
                    "This is not the code we texted; " + left + (left == 1 ? " try" : " tries") + " left",
                    Map.of("field", "code", "attemptsLeft", left));
        }
        refuseIfTaken(userId, pending.number());
        phones.verified(userId);
    }

    private void refuseIfTaken(UUID userId, String number) {
        if (phones.ownerOf(number).filter(owner -> !owner.equals(userId)).isPresent()) {
            throw new ConflictException("number-taken", "This number is already verified by another account");
        }
    }

    private static String hash(UUID userId, String number, String code) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of()
                    .formatHex(digest.digest((userId + ":" + number + ":" + code).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
