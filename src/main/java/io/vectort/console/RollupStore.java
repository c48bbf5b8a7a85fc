package io.vectort.console;

import io.vectort.billing.ChargeTotals;
import io.vectort.providers.CallTotals;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Adds sums to the rollup tables and moves the watermarks. Every write is an additive upsert, run
 * in the rollup's transaction together with the watermark it moves: a window is counted once.
 */
@Component
class RollupStore {

    private final JdbcTemplate jdbc;

    RollupStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the source's watermark for this transaction, creating it at {@code initial} if absent. */
    Instant lockWatermark(String source, Instant initial) {
        jdbc.update(
                "insert into console_watermarks (source, rolled_up_to) values (?, ?) on conflict (source) do nothing",
                source,
                Timestamp.from(initial));
        return jdbc.queryForObject(
                        "select rolled_up_to from console_watermarks where source = ? for update",
                        Timestamp.class,
                        source)
                .toInstant();
    }

    void moveWatermark(String source, Instant to) {
        jdbc.update("update console_watermarks set rolled_up_to = ? where source = ?", Timestamp.from(to), source);
    }

    void addCalls(List<CallTotals> calls) {
        jdbc.batchUpdate(
                """
                insert into console_call_usage as u (day, org_id, source, model, calls, failed_calls, input_tokens,
                    output_tokens, cost_usd, latency_ms)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (day, org_id, source, model) do update set
                    calls = u.calls + excluded.calls, failed_calls = u.failed_calls + excluded.failed_calls,
                    input_tokens = u.input_tokens + excluded.input_tokens,
                    output_tokens = u.output_tokens + excluded.output_tokens,
                    cost_usd = u.cost_usd + excluded.cost_usd, latency_ms = u.latency_ms + excluded.latency_ms""",
                calls.stream()
                        .map(c -> new Object[] {
                            Date.valueOf(c.day()),
                            c.orgId(),
                            c.source(),
                            c.model(),
                            c.calls(),
                            c.failedCalls(),
                            c.inputTokens(),
                            c.outputTokens(),
                            c.costUsd(),
                            c.latencyMs()
                        })
                        .toList());
        // Calls through the OpenAI-compatible API are the gateway feature's uses.
        addFeatures(calls.stream()
                .filter(c -> c.source().equals("api"))
                .map(c -> new RollupRows.FeatureUses(c.day(), Features.GATEWAY, c.orgId(), c.calls()))
                .toList());
    }

    void addCharges(List<ChargeTotals> charges) {
        jdbc.batchUpdate(
                """
                insert into console_charges as c (day, org_id, charged_micros) values (?, ?, ?)
                on conflict (day, org_id) do update set charged_micros = c.charged_micros + excluded.charged_micros""",
                charges.stream()
                        .map(c -> new Object[] {Date.valueOf(c.day()), c.orgId(), c.chargedMicros()})
                        .toList());
    }

    void add(RollupRows rows) {
        jdbc.batchUpdate(
                """
                insert into console_generations as g (day, org_id, framework, app_type, status, failure_code,
                    generations, cache_hits, cost_usd, duration_ms)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (day, org_id, framework, app_type, status, failure_code) do update set
                    generations = g.generations + excluded.generations, cache_hits = g.cache_hits + excluded.cache_hits,
                    cost_usd = g.cost_usd + excluded.cost_usd, duration_ms = g.duration_ms + excluded.duration_ms""",
                rows.generations().stream()
                        .map(g -> new Object[] {
                            Date.valueOf(g.day()),
                            g.orgId(),
                            g.framework(),
                            g.appType(),
                            g.status(),
                            g.failureCode(),
                            g.generations(),
                            g.cacheHits(),
                            g.costUsd(),
                            g.durationMs()
                        })
                        .toList());
        addFeatures(rows.features());
        jdbc.batchUpdate(
                "insert into console_active_users (day, feature, user_id) values (?, ?, ?) on conflict do nothing",
                rows.activeUsers().stream()
                        .map(a -> new Object[] {Date.valueOf(a.day()), a.feature(), a.userId()})
                        .toList());
    }

    private void addFeatures(List<RollupRows.FeatureUses> features) {
        jdbc.batchUpdate(
                """
                insert into console_feature_usage as f (day, feature, org_id, uses) values (?, ?, ?, ?)
                on conflict (day, feature, org_id) do update set uses = f.uses + excluded.uses""",
                features.stream()
                        .map(f -> new Object[] {Date.valueOf(f.day()), f.feature(), f.orgId(), f.uses()})
                        .toList());
    }
}
