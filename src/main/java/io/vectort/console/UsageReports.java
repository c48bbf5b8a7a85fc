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
import java.util.HashMap;
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
        Map<UUID, Sum> byOrg = new HashMap<>();
        Map<LocalDate, Sum> byDay = new TreeMap<>();
        Map<String, Sum> byModel = new TreeMap<>();
        Sum total = new Sum();
        addRolledUp(range, byOrg, byDay, byModel, total);
        for (CallTotals c : calls.totals(callsUpTo, now)) {
            if (!range.contains(c.day())) {
                continue;
            }
            for (Sum sum : List.of(
                    byOrg.computeIfAbsent(c.orgId(), k -> new Sum()),
                    byDay.computeIfAbsent(c.day(), k -> new Sum()),
                    byModel.computeIfAbsent(c.model(), k -> new Sum()),
                    total)) {
                sum.add(c.calls(), c.failedCalls(), c.costUsd());
            }
        }
        for (ChargeTotals c : charges.charged(chargesUpTo, now)) {
            if (!range.contains(c.day())) {
                continue;
            }
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

    /**
     * The rollups' sums per day, per organisation and per model in one pass each (grouping sets):
     * a few hundred rows reach the application whatever the number of organisations times models.
     */
    private void addRolledUp(
            DateRange range, Map<UUID, Sum> byOrg, Map<LocalDate, Sum> byDay, Map<String, Sum> byModel, Sum total) {
        jdbc.sql("""
                        select day, org_id, model, sum(calls) as calls, sum(failed_calls) as failed,
                               sum(cost_usd) as cost
                        from console_call_usage where day between :from and :to
                        group by grouping sets ((day), (org_id), (model))""")
                .param("from", Date.valueOf(range.from()))
                .param("to", Date.valueOf(range.to()))
                .query(rs -> {
                    LocalDate day = rs.getObject("day", LocalDate.class);
                    UUID org = rs.getObject("org_id", UUID.class);
                    Sum sum = day != null
                            ? byDay.computeIfAbsent(day, k -> new Sum())
                            : org != null
                                    ? byOrg.computeIfAbsent(org, k -> new Sum())
                                    : byModel.computeIfAbsent(rs.getString("model"), k -> new Sum());
                    sum.add(rs.getLong("calls"), rs.getLong("failed"), rs.getBigDecimal("cost"));
                    if (day != null) {
                        total.add(rs.getLong("calls"), rs.getLong("failed"), rs.getBigDecimal("cost"));
                    }
                });
        jdbc.sql("""
                        select day, org_id, sum(charged_micros) as charged from console_charges
                        where day between :from and :to group by grouping sets ((day), (org_id))""")
                .param("from", Date.valueOf(range.from()))
                .param("to", Date.valueOf(range.to()))
                .query(rs -> {
                    LocalDate day = rs.getObject("day", LocalDate.class);
                    long charged = rs.getLong("charged");
                    if (day != null) {
                        byDay.computeIfAbsent(day, k -> new Sum()).chargedMicros += charged;
                        total.chargedMicros += charged;
                    } else {
                        byOrg.computeIfAbsent(rs.getObject("org_id", UUID.class), k -> new Sum()).chargedMicros +=
                                charged;
                    }
                });
    }

    static BigDecimal usd(BigDecimal amount) {
        return amount.setScale(6, RoundingMode.HALF_EVEN);
    }

    private static final class Sum {
        long calls;
        long failed;
        BigDecimal cost = BigDecimal.ZERO;
        long chargedMicros;

        void add(long moreCalls, long moreFailed, BigDecimal moreCost) {
            calls += moreCalls;
            failed += moreFailed;
            cost = cost.add(moreCost);
        }

        BigDecimal charged() {
            return Money.usd(chargedMicros);
        }

        BigDecimal margin() {
            return charged().subtract(usd(cost));
        }
    }
}
