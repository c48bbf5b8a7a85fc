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
 * @param invitationsPerHour invitations one user may send per hour, across organisations: anyone
 *     can create an organisation, so without a bound the instance's mail server would send as
 *     much as a stranger asks it to
 * @param mailFrom the {@code From} of invitation emails ({@code VECTORT_MAIL_FROM}, an address or
 *     {@code Name <address>}); empty: {@code spring.mail.username} when it is an address, else
 *     {@code vectort@} the host of {@code VECTORT_PUBLIC_URL}
 */
@ConfigurationProperties("vectort.organizations")
public record OrganizationProperties(
        @DefaultValue("") List<String> adminEmails,
        @DefaultValue("10") int maxCreatedPerUser,
        @DefaultValue("7d") Duration invitationTtl,
        @DefaultValue("400d") Duration auditRetention,
        @DefaultValue("50") int invitationsPerHour,
        @DefaultValue("") String mailFrom) {

    public OrganizationProperties {
        adminEmails = adminEmails.stream()
                .map(email -> email.strip().toLowerCase(Locale.ROOT))
                .filter(email -> !email.isEmpty())
                .toList();
        if (maxCreatedPerUser < 0) {
            throw new IllegalArgumentException("vectort.organizations.max-created-per-user must be >= 0");
        }
        if (invitationsPerHour < 1) {
            throw new IllegalArgumentException("vectort.organizations.invitations-per-hour must be >= 1");
        }
        mailFrom = mailFrom.strip();
        if (!mailFrom.isEmpty() && !mailFrom.contains("@")) {
            throw new IllegalArgumentException(
                    "vectort.organizations.mail-from (VECTORT_MAIL_FROM) must be an email address, like"
                            + " 'Vectort <vectort@example.com>', or empty");
        }
        if (!invitationTtl.isPositive() || !auditRetention.isPositive()) {
            throw new IllegalArgumentException(
                    "vectort.organizations.invitation-ttl and audit-retention must be positive durations");
        }
    }
}
