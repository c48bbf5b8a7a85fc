package io.vectort.billing;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Usage per day, model and provider, from the log of LLM calls (indexed by user and time). */
@Service
public class UsageReport {

    private final JdbcClient jdbc;

    UsageReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One row of the report; estimated counts how many calls had locally counted tokens. */
    public record Row(
            LocalDate day,
            String provider,
            String model,
            long calls,
            long inputTokens,
            long outputTokens,
            long estimatedCalls,
            BigDecimal costUsd) {}

    public List<Row> between(UUID userId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select date_trunc('day', occurred_at at time zone 'UTC') as day, coalesce(provider, 'none') as provider,
                               coalesce(model, requested_model) as model, count(*) as calls,
                               sum(input_tokens) as input, sum(output_tokens) as output,
                               count(*) filter (where usage_estimated) as estimated, sum(cost_usd) as cost
                        from llm_calls
                        where org_id = :user and occurred_at >= :from and occurred_at < :to
                        group by 1, 2, 3 order by 1 desc, 8 desc""")
                .param("user", userId)
                .param("from", Timestamp.from(from.atStartOfDay(ZoneOffset.UTC).toInstant()))
                .param(
                        "to",
                        Timestamp.from(
                                to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()))
                .query((rs, n) -> new Row(
                        rs.getTimestamp("day")
                                .toInstant()
                                .atZone(ZoneOffset.UTC)
                                .toLocalDate(),
                        rs.getString("provider"),
                        rs.getString("model"),
                        rs.getLong("calls"),
                        rs.getLong("input"),
                        rs.getLong("output"),
                        rs.getLong("estimated"),
                        rs.getBigDecimal("cost")))
                .list();
    }
}
