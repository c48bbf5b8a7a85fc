package io.vectort.console;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Usage and cost over a range, with margins: {@code costUsd} is what the providers' prices say
 * the calls cost, {@code chargedUsd} what the ledger settled against credits (1 credit = 0.001 USD),
 * {@code marginUsd} the difference. {@code rolledUpTo}: older calls come from the rollups, newer
 * ones were read from the call log itself.
 */
public record UsageOverview(
        LocalDate from,
        LocalDate to,
        Totals totals,
        List<OrganizationUsage> organizations,
        List<DayUsage> days,
        List<ModelUsage> models,
        Instant rolledUpTo) {

    public record Totals(long calls, BigDecimal costUsd, BigDecimal chargedUsd, BigDecimal marginUsd) {}

    public record OrganizationUsage(
            UUID orgId, String name, long calls, BigDecimal costUsd, BigDecimal chargedUsd, BigDecimal marginUsd) {}

    public record DayUsage(LocalDate day, long calls, BigDecimal costUsd, BigDecimal chargedUsd) {}

    public record ModelUsage(String model, long calls, long failedCalls, BigDecimal costUsd) {}
}
