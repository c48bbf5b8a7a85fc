package io.vectort.identity.recovery;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Email verification and password reset, prefix {@code vectort.identity.recovery}.
 *
 * @param emailVerification {@code optional} or {@code required} (environment {@code
 *     VECTORT_EMAIL_VERIFICATION}); {@code required} needs SMTP and {@code VECTORT_PUBLIC_URL}
 * @param passwordResetTtl how long a password-reset link works
 * @param verificationTtl how long an email-verification link works
 * @param requestsPerHourPerAddress reset and verification requests one client address may make per
 *     hour (beyond: 429)
 * @param emailsPerHourPerAccount emails of one kind one account receives per hour; further requests
 *     are answered as usual but send nothing, so that nobody can flood a mailbox or learn anything
 */
@ConfigurationProperties("vectort.identity.recovery")
public record RecoveryProperties(
        @DefaultValue("optional") EmailVerificationMode emailVerification,
        @DefaultValue("30m") Duration passwordResetTtl,
        @DefaultValue("48h") Duration verificationTtl,
        @DefaultValue("20") int requestsPerHourPerAddress,
        @DefaultValue("5") int emailsPerHourPerAccount) {

    public RecoveryProperties {
        if (!passwordResetTtl.isPositive() || !verificationTtl.isPositive()) {
            throw new IllegalArgumentException(
                    "vectort.identity.recovery.password-reset-ttl and verification-ttl must be positive durations");
        }
        if (requestsPerHourPerAddress < 1 || emailsPerHourPerAccount < 1) {
            throw new IllegalArgumentException(
                    "vectort.identity.recovery.requests-per-hour-per-address and emails-per-hour-per-account"
                            + " must be at least 1");
        }
    }
}
