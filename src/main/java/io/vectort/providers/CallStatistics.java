package io.vectort.providers;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Sums of the call log over a time window, read through {@code llm_calls_time_idx}: callers keep
 * windows short (the console's rollup reads only what arrived since its last run).
 */
@Service
public class CallStatistics {

    private final JdbcClient jdbc;

    CallStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Calls that occurred in {@code [from, to)}, per UTC day, organisation, source and model. */
    public List<CallTotals> totals(Instant from, Instant to) {
        return jdbc.sql("""
                        select (occurred_at at time zone 'UTC')::date as day, org_id, source,
                               coalesce(model, requested_model) as model,
                               count(*) as calls, count(*) filter (where status <> 'ok') as failed,
                               sum(input_tokens) as input_tokens, sum(output_tokens) as output_tokens,
                               sum(cost_usd) as cost_usd, sum(latency_ms) as latency_ms
                        from llm_calls
                        where occurred_at >= :from and occurred_at < :to and org_id is not null
                        group by 1, 2, 3, 4""")
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, n) -> new CallTotals(
                        rs.getObject("day", LocalDate.class),
                        rs.getObject("org_id", UUID.class),
                        rs.getString("source"),
                        rs.getString("model"),
                        rs.getLong("calls"),
                        rs.getLong("failed"),
                        rs.getLong("input_tokens"),
                        rs.getLong("output_tokens"),
                        rs.getBigDecimal("cost_usd"),
                        rs.getLong("latency_ms")))
                .list();
    }
}
