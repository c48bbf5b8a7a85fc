package io.vectort.identity.mfa.web;

import io.vectort.identity.mfa.MfaStatus;
import io.vectort.identity.mfa.PendingEnrolment;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Request and response bodies of the MFA endpoints. */
final class MfaViews {

    private MfaViews() {}

    record StatusView(TotpView totp, int recoveryCodesRemaining, List<String> methods) {

        static StatusView from(MfaStatus status) {
            return new StatusView(
                    new TotpView(status.totpEnabled(), status.totpEnabledAt().orElse(null)),
                    status.recoveryCodesRemaining(),
                    status.methods());
        }
    }

    record TotpView(boolean enabled, @Nullable Instant enabledAt) {}

    record EnrolmentView(String secret, String otpauthUri, String qrSvg) {

        static EnrolmentView from(PendingEnrolment enrolment) {
            return new EnrolmentView(enrolment.secret(), enrolment.otpauthUri(), enrolment.qrSvg());
        }
    }

    /** The first code from the newly set-up app. */
    record Confirmation(@NotNull @Size(max = 64) String code) {}

    /** Shown once: only their hashes are kept. */
    record RecoveryCodesView(List<String> recoveryCodes) {}

    record PolicyChange(@NotNull @Size(max = 32) String policy) {}

    record PolicyView(String policy) {}
}
