package io.vectort.console;

import io.vectort.identity.organization.OrganizationRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * An organisation in the console's list: who it is, its plan, its credits ({@code 1 credit =
 * 0.001 USD}) and what its calls cost over the last 30 days.
 */
public record AdminOrganization(
        UUID id,
        String name,
        String slug,
        boolean personal,
        int memberCount,
        Instant createdAt,
        boolean suspended,
        Optional<String> suspensionReason,
        String plan,
        BigDecimal availableCredits,
        BigDecimal costUsd30Days) {

    static AdminOrganization of(OrganizationRecord org, String plan, BigDecimal credits, BigDecimal cost) {
        return new AdminOrganization(
                org.id(),
                org.name(),
                org.slug(),
                org.personal(),
                org.memberCount(),
                org.createdAt(),
                org.suspendedAt().isPresent(),
                org.suspensionReason(),
                plan,
                credits,
                cost);
    }
}
