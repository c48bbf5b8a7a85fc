package io.vectort.identity.organization;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Organisation settings, prefix {@code vectort.organizations}.
 *
 * @param adminEmails who is a platform admin besides the first user to register (environment
 *     {@code VECTORT_ADMIN_EMAILS}, comma-separated)
 * @param maxCreatedPerUser team organisations one user may create (each starts with its plan's
 *     monthly credits, so this bounds what one person can collect)
 * @param invitationTtl how long an invitation link can be used
 * @param auditRetention how long audit entries are kept
 */
@ConfigurationProperties("vectort.organizations")
public record OrganizationProperties(
        @DefaultValue("") List<String> adminEmails,
        @DefaultValue("10") int maxCreatedPerUser,
        @DefaultValue("7d") Duration invitationTtl,
        @DefaultValue("400d") Duration auditRetention) {

    public OrganizationProperties {
        adminEmails = adminEmails.stream()
                .map(email -> email.strip().toLowerCase(Locale.ROOT))
                .filter(email -> !email.isEmpty())
                .toList();
        if (maxCreatedPerUser < 0) {
            throw new IllegalArgumentException("vectort.organizations.max-created-per-user must be >= 0");
        }
        if (!invitationTtl.isPositive() || !auditRetention.isPositive()) {
            throw new IllegalArgumentException(
                    "vectort.organizations.invitation-ttl and audit-retention must be positive durations");
        }
    }
}
