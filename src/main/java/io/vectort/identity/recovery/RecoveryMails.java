package io.vectort.identity.recovery;

import io.vectort.identity.mail.MailContent;
import io.vectort.identity.mail.MailTemplate;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/** The emails of this module, from {@code mail/verify-email}, {@code password-reset} and {@code registration-attempt}. */
final class RecoveryMails {

    private static final MailTemplate VERIFY = MailTemplate.load("verify-email");
    private static final MailTemplate RESET = MailTemplate.load("password-reset");
    private static final MailTemplate ATTEMPT = MailTemplate.load("registration-attempt");
    private static final MailTemplate CHANGE = MailTemplate.load("change-email");
    private static final MailTemplate CHANGED = MailTemplate.load("email-changed");

    private RecoveryMails() {}

    static MailContent verification(URI link, Duration validFor) {
        return VERIFY.render(
                "Confirm your email address for Vectort", Map.of("link", link.toString(), "validFor", words(validFor)));
    }

    static MailContent passwordReset(URI link, Duration validFor) {
        return RESET.render(
                "Reset your Vectort password", Map.of("link", link.toString(), "validFor", words(validFor)));
    }

    /** To the owner of an address someone tried to register again; {@code resetLink} is the reset page. */
    static MailContent registrationAttempt(URI signInLink, URI resetLink) {
        return ATTEMPT.render(
                "Someone tried to create a Vectort account with your email",
                Map.of("signInLink", signInLink.toString(), "resetLink", resetLink.toString()));
    }

    /** To the new address: confirm that the account of {@code currentEmail} moves here. */
    static MailContent emailChange(URI link, Duration validFor, String currentEmail) {
        return CHANGE.render(
                "Confirm your new email address for Vectort",
                Map.of("link", link.toString(), "validFor", words(validFor), "currentEmail", currentEmail));
    }

    /** To the old address, once the account moved: where it went, and what to do if it was not them. */
    static MailContent emailChanged(String newEmail) {
        return CHANGED.render("Your Vectort email address was changed", Map.of("newEmail", newEmail));
    }

    /** "30 minutes", "48 hours", "2 days": what a person reads in an email. */
    static String words(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes < 120) {
            return minutes == 1 ? "1 minute" : minutes + " minutes";
        }
        long hours = duration.toHours();
        if (hours <= 48 || duration.toDays() * 24 != hours) {
            return hours + " hours";
        }
        return duration.toDays() + " days";
    }
}
