package io.vectort.console;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Generation patterns and feature usage, read from the rollups only. */
@Service
public class ActivityReports {

    private static final int TOP_FAILURES = 10;

    private final JdbcClient jdbc;

    ActivityReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public GenerationPatterns generations(DateRange range) {
        Map<LocalDate, long[]> byDay = new HashMap<>();
        long[] totals = new long[5]; // all, succeeded, failed, cache hits, duration
        BigDecimal[] cost = {BigDecimal.ZERO};
        jdbc.sql("""
                        select day, status, sum(generations) as n, sum(cache_hits) as hits, sum(cost_usd) as cost,
                               sum(duration_ms) as duration
                        from console_generations where day between :from and :to group by day, status""")
                .param("from", Date.valueOf(range.from()))
                .param("to", Date.valueOf(range.to()))
                .query(rs -> {
                    long n = rs.getLong("n");
                    String status = rs.getString("status");
                    long[] day = byDay.computeIfAbsent(rs.getObject("day", LocalDate.class), k -> new long[3]);
                    int column = status.equals("succeeded") ? 0 : status.equals("failed") ? 1 : 2;
                    day[column] += n;
                    totals[0] += n;
                    totals[1] += status.equals("succeeded") ? n : 0;
                    totals[2] += status.equals("failed") ? n : 0;
                    totals[3] += rs.getLong("hits");
                    totals[4] += rs.getLong("duration");
                    cost[0] = cost[0].add(rs.getBigDecimal("cost"));
                });
        List<GenerationPatterns.FrameworkCount> frameworks = jdbc.sql("""
                        select framework, app_type, sum(generations) as n,
                               sum(generations) filter (where status = 'succeeded') as ok
                        from console_generations where day between :from and :to
                        group by framework, app_type order by n desc, framework, app_type""")
                .param("from", Date.valueOf(range.from()))
                .param("to", Date.valueOf(range.to()))
                .query((rs, i) -> new GenerationPatterns.FrameworkCount(
                        rs.getString("framework"), rs.getString("app_type"), rs.getLong("n"), rs.getLong("ok")))
                .list();
        List<GenerationPatterns.FailureCount> failures = jdbc.sql("""
                        select failure_code, sum(generations) as n from console_generations
                        where day between :from and :to and failure_code <> ''
                        group by failure_code order by n desc, failure_code limit :limit""")
                .param("from", Date.valueOf(range.from()))
                .param("to", Date.valueOf(range.to()))
                .param("limit", TOP_FAILURES)
                .query((rs, i) -> new GenerationPatterns.FailureCount(rs.getString("failure_code"), rs.getLong("n")))
                .list();
        List<GenerationPatterns.DayCount> days = new ArrayList<>();
        for (LocalDate day = range.from(); !day.isAfter(range.to()); day = day.plusDays(1)) {
            long[] d = byDay.getOrDefault(day, new long[3]);
            days.add(new GenerationPatterns.DayCount(day, d[0], d[1], d[2]));
        }
        long decided = totals[1] + totals[2];
        return new GenerationPatterns(
                range.from(),
                range.to(),
                totals[0],
                decided == 0 ? 0 : (double) totals[1] / decided,
                totals[0] == 0 ? 0 : (double) totals[3] / totals[0],
                totals[0] == 0
                        ? BigDecimal.ZERO.setScale(6)
                        : cost[0].divide(BigDecimal.valueOf(totals[0]), 6, RoundingMode.HALF_EVEN),
                totals[0] == 0 ? 0 : totals[4] / totals[0],
                frameworks,
                failures,
                days);
    }

    public FeatureUsage features(DateRange range) {
        Map<String, long[]> totals = new LinkedHashMap<>();
        Features.ALL.forEach(f -> totals.put(f, new long[2]));
        Map<LocalDate, Map<String, Long>> byDay = new HashMap<>();
        jdbc.sql("""
                        select day, feature, sum(uses) as uses from console_feature_usage
                        where day between :from and :to group by day, feature""")
                .param("from", Date.valueOf(range.from()))
                .param("to", Date.valueOf(range.to()))
                .query(rs -> {
                    String feature = rs.getString("feature");
                    totals.computeIfAbsent(feature, f -> new long[2])[0] += rs.getLong("uses");
                    byDay.computeIfAbsent(rs.getObject("day", LocalDate.class), d -> new HashMap<>())
                            .merge(feature, rs.getLong("uses"), Long::sum);
                });
        jdbc.sql("""
                        select feature, count(distinct user_id) as people from console_active_users
                        where day between :from and :to group by feature""")
                .param("from", Date.valueOf(range.from()))
                .param("to", Date.valueOf(range.to()))
                .query(rs -> {
                    totals.computeIfAbsent(rs.getString("feature"), f -> new long[2])[1] = rs.getLong("people");
                });
        Map<LocalDate, Long> dailyPeople = new HashMap<>();
        jdbc.sql("""
                        select day, count(distinct user_id) as people from console_active_users
                        where day between :from and :to group by day""")
                .param("from", Date.valueOf(range.from()))
                .param("to", Date.valueOf(range.to()))
                .query(rs -> {
                    dailyPeople.put(rs.getObject("day", LocalDate.class), rs.getLong("people"));
                });
        long people = jdbc.sql("""
                        select count(distinct user_id) from console_active_users where day between :from and :to""")
                .param("from", Date.valueOf(range.from()))
                .param("to", Date.valueOf(range.to()))
                .query(Long.class)
                .single();
        List<FeatureUsage.DayUses> days = new ArrayList<>();
        for (LocalDate day = range.from(); !day.isAfter(range.to()); day = day.plusDays(1)) {
            Map<String, Long> uses = new LinkedHashMap<>();
            Map<String, Long> found = byDay.getOrDefault(day, Map.of());
            totals.keySet().forEach(f -> uses.put(f, found.getOrDefault(f, 0L)));
            days.add(new FeatureUsage.DayUses(day, uses, dailyPeople.getOrDefault(day, 0L)));
        }
        return new FeatureUsage(
                range.from(),
                range.to(),
                people,
                totals.entrySet().stream()
                        .map(e -> new FeatureUsage.FeatureTotal(e.getKey(), e.getValue()[0], e.getValue()[1]))
                        .toList(),
                days);
    }
}
