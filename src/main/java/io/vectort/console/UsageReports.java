package io.vectort.console;

import io.vectort.billing.ChargeStatistics;
import io.vectort.billing.ChargeTotals;
import io.vectort.billing.Money;
import io.vectort.identity.organization.OrganizationDirectory;
import io.vectort.providers.CallStatistics;
import io.vectort.providers.CallTotals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Usage, cost and margins from the daily rollups, plus the calls and settlements newer than the
 * rollups' watermarks (at most one rollup interval and the settle lag of rows, read by index), so
 * today's numbers are current.
 */
@Service
public class UsageReports {

    static final int TOP_ORGANIZATIONS = 10;

    private final JdbcClient jdbc;
    private final CallStatistics calls;
    private final ChargeStatistics charges;
    private final OrganizationDirectory directory;

    UsageReports(JdbcClient jdbc, CallStatistics calls, ChargeStatistics charges, OrganizationDirectory directory) {
        this.jdbc = jdbc;
        this.calls = calls;
        this.charges = charges;
        this.directory = directory;
    }

    public UsageOverview overview(DateRange range) {
        Instant now = Instant.now();
        // Before the first roll-up (a fresh installation's first minutes) everything is "newer".
        Instant rangeStart = range.from().atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant callsUpTo = watermark(ConsoleRollup.CALLS).orElse(rangeStart);
        Instant chargesUpTo = watermark(ConsoleRollup.CHARGES).orElse(rangeStart);
        List<CallTotals> callRows = new ArrayList<>(rolledUpCalls(range));
        calls.totals(callsUpTo, now).stream()
                .filter(c -> range.contains(c.day()))
                .forEach(callRows::add);
        List<ChargeTotals> chargeRows = new ArrayList<>(rolledUpCharges(range));
        charges.charged(chargesUpTo, now).stream()
                .filter(c -> range.contains(c.day()))
                .forEach(chargeRows::add);

        Map<UUID, Sum> byOrg = new java.util.HashMap<>();
        Map<LocalDate, Sum> byDay = new TreeMap<>();
        Map<String, Sum> byModel = new TreeMap<>();
        Sum total = new Sum();
        for (CallTotals c : callRows) {
            for (Sum sum : List.of(
                    byOrg.computeIfAbsent(c.orgId(), k -> new Sum()),
                    byDay.computeIfAbsent(c.day(), k -> new Sum()),
                    byModel.computeIfAbsent(c.model(), k -> new Sum()),
                    total)) {
                sum.calls += c.calls();
                sum.failed += c.failedCalls();
                sum.cost = sum.cost.add(c.costUsd());
            }
        }
        for (ChargeTotals c : chargeRows) {
            for (Sum sum : List.of(
                    byOrg.computeIfAbsent(c.orgId(), k -> new Sum()),
                    byDay.computeIfAbsent(c.day(), k -> new Sum()),
                    total)) {
                sum.chargedMicros += c.chargedMicros();
            }
        }
        List<UUID> top = byOrg.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<UUID, Sum> e) -> e.getValue().cost)
                        .reversed()
                        .thenComparing(e -> e.getKey()))
                .limit(TOP_ORGANIZATIONS)
                .map(Map.Entry::getKey)
                .toList();
        Map<UUID, String> names = directory.names(top);
        List<UsageOverview.OrganizationUsage> organizations = top.stream()
                .map(id -> {
                    Sum s = byOrg.get(id);
                    return new UsageOverview.OrganizationUsage(
                            id, names.getOrDefault(id, "(deleted)"), s.calls, usd(s.cost), s.charged(), s.margin());
                })
                .toList();
        List<UsageOverview.DayUsage> days = new ArrayList<>();
        for (LocalDate day = range.from(); !day.isAfter(range.to()); day = day.plusDays(1)) {
            Sum s = byDay.getOrDefault(day, new Sum());
            days.add(new UsageOverview.DayUsage(day, s.calls, usd(s.cost), s.charged()));
        }
        List<UsageOverview.ModelUsage> models = byModel.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Sum> e) -> e.getValue().cost)
                        .reversed())
                .map(e -> new UsageOverview.ModelUsage(
                        e.getKey(), e.getValue().calls, e.getValue().failed, usd(e.getValue().cost)))
                .toList();
        return new UsageOverview(
                range.from(),
                range.to(),
                new UsageOverview.Totals(total.calls, usd(total.cost), total.charged(), total.margin()),
                organizations,
                days,
                models,
                callsUpTo);
    }

    /** One organisation's cost and charges per day, for its page in the console. */
    public List<UsageOverview.DayUsage> organizationDays(UUID orgId, DateRange range) {
        Map<LocalDate, Sum> byDay = new TreeMap<>();
        jdbc.sql("""
                        select day, sum(calls) as calls, sum(cost_usd) as cost from console_call_usage
                        where org_id = :org and day between :from and :to group by day""")
                .param("org", orgId)
                .param("from", Date.valueOf(range.from()))
                .param("to", Date.valueOf(range.to()))
                .query(rs -> {
                    Sum s = byDay.computeIfAbsent(rs.getObject("day", LocalDate.class), k -> new Sum());
                    s.calls = rs.getLong("calls");
                    s.cost = rs.getBigDecimal("cost");
                });
        jdbc.sql("""
                        select day, charged_micros from console_charges
                        where org_id = :org and day between :from and :to""")
                .param("org", orgId)
                .param("from", Date.valueOf(range.from()))
                .param("to", Date.valueOf(range.to()))
                .query(rs -> {
                    byDay.computeIfAbsent(rs.getObject("day", LocalDate.class), k -> new Sum()).chargedMicros =
                            rs.getLong("charged_micros");
                });
        List<UsageOverview.DayUsage> days = new ArrayList<>();
        for (LocalDate day = range.from(); !day.isAfter(range.to()); day = day.plusDays(1)) {
            Sum s = byDay.getOrDefault(day, new Sum());
            days.add(new UsageOverview.DayUsage(day, s.calls, usd(s.cost), s.charged()));
        }
        return days;
    }

    java.util.Optional<Instant> watermark(String source) {
        return jdbc.sql("select rolled_up_to from console_watermarks where source = :source")
                .param("source", source)
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
    }

    private List<CallTotals> rolledUpCalls(DateRange range) {
        return jdbc.sql("""
                        select day, org_id, model, sum(calls) as calls, sum(failed_calls) as failed,
                               sum(cost_usd) as cost
                        from console_call_usage where day between :from and :to
                        group by day, org_id, model""")
                .param("from", Date.valueOf(range.from()))
                .param("to", Date.valueOf(range.to()))
                .query((rs, n) -> new CallTotals(
                        rs.getObject("day", LocalDate.class),
                        rs.getObject("org_id", UUID.class),
                        "",
                        rs.getString("model"),
                        rs.getLong("calls"),
                        rs.getLong("failed"),
                        0,
                        0,
                        rs.getBigDecimal("cost"),
                        0))
                .list();
    }

    private List<ChargeTotals> rolledUpCharges(DateRange range) {
        return jdbc.sql("select day, org_id, charged_micros from console_charges where day between :from and :to")
                .param("from", Date.valueOf(range.from()))
                .param("to", Date.valueOf(range.to()))
                .query((rs, n) -> new ChargeTotals(
                        rs.getObject("day", LocalDate.class),
                        rs.getObject("org_id", UUID.class),
                        rs.getLong("charged_micros")))
                .list();
    }

    static BigDecimal usd(BigDecimal amount) {
        return amount.setScale(6, RoundingMode.HALF_EVEN);
    }

    private static final class Sum {
        long calls;
        long failed;
        BigDecimal cost = BigDecimal.ZERO;
        long chargedMicros;

        BigDecimal charged() {
            return Money.usd(chargedMicros);
        }

        BigDecimal margin() {
            return charged().subtract(usd(cost));
        }
    }
}
