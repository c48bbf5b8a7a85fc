package io.vectort.console;

import io.vectort.support.Api;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Rows the console aggregates, written as the application writes them, at chosen times. */
final class ConsoleFixtures {

    static final List<String> ROLLUP_TABLES = List.of(
            "console_call_usage",
            "console_charges",
            "console_generations",
            "console_feature_usage",
            "console_active_users");

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    ConsoleFixtures(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
    }

    Api.Session platformAdmin(Api api) {
        Api.Session admin = api.newUser();
        jdbc.sql("update users set platform_admin = true where id = :u")
                .param("u", admin.userId())
                .update();
        return admin;
    }

    /**
     * Empties the rollups and puts every watermark at {@code from}: the next roll-up counts exactly
     * the rows after it (rows of other tests before it stay out of the numbers).
     */
    void restartRollupsAt(Instant from) {
        transactions.executeWithoutResult(status -> restart(from));
    }

    /** Under the watermarks' locks, as the rollup takes them: a run in progress finishes first. */
    private void restart(Instant from) {
        for (String source : List.of(ConsoleRollup.CALLS, ConsoleRollup.CHARGES, "builder", "assistant")) {
            jdbc.sql("select rolled_up_to from console_watermarks where source = :s for update")
                    .param("s", source)
                    .query(Timestamp.class)
                    .optional();
        }
        ROLLUP_TABLES.forEach(table -> jdbc.sql("delete from " + table).update());
        for (String source : List.of(ConsoleRollup.CALLS, ConsoleRollup.CHARGES, "builder", "assistant")) {
            jdbc.sql("""
                            insert into console_watermarks (source, rolled_up_to) values (:s, :t)
                            on conflict (source) do update set rolled_up_to = excluded.rolled_up_to""").param("s", source).param("t", Timestamp.from(from)).update();
        }
    }

    void call(UUID orgId, Instant at, String source, String model, String status, String costUsd, int latencyMs) {
        jdbc.sql("""
                        insert into llm_calls (id, occurred_at, source, org_id, requested_model, deployment, provider,
                            model, status, error_kind, input_tokens, output_tokens, usage_estimated, cost_usd,
                            latency_ms, fallbacks, route_reason)
                        values (:id, :at, :source, :org, :model, 'd', 'openai', :model, :status, :kind, 100, 50,
                            false, :cost, :latency, 0, 'requested')""")
                .param("id", UUID.randomUUID())
                .param("at", Timestamp.from(at))
                .param("source", source)
                .param("org", orgId)
                .param("model", model)
                .param("status", status)
                .param("kind", status.equals("ok") ? null : "server")
                .param("cost", new BigDecimal(costUsd))
                .param("latency", latencyMs)
                .update();
    }

    /** A usage settlement that charged {@code micros}, as the ledger writes it (balance held before). */
    void settlement(UUID orgId, Instant at, long micros) {
        jdbc.sql("""
                        insert into credit_ledger (id, org_id, kind, balance_delta, reserved_delta, idempotency_key,
                            description, created_at)
                        values (:id, :org, 'settlement', :balance, :reserved, :key, 'usage', :at)""")
                .param("id", UUID.randomUUID())
                .param("org", orgId)
                .param("balance", 1000L - micros) // 1,000 were reserved
                .param("reserved", -1000L)
                .param("key", "test-settlement:" + UUID.randomUUID())
                .param("at", Timestamp.from(at))
                .update();
    }

    void generation(
            UUID orgId,
            String projectId,
            Instant finishedAt,
            String framework,
            String status,
            String errorCode,
            boolean cacheHit,
            String costUsd,
            long durationMs) {
        jdbc.sql("""
                        insert into generations (id, project_id, org_id, requested_by, description, framework, app_type,
                            generator_id, generator_kind, generator_label, status, attempts, base_version, error_code,
                            cache_replayed_key, cost_usd, created_at, started_at, finished_at)
                        values (:id, :project, :org, :org, 'x', :framework, 'todo', 'offline-starter', 'starter',
                            'Offline starter (not AI)', :status, 1, 0, :code, :hit, :cost, :started, :started,
                            :finished)""")
                .param("id", UUID.randomUUID())
                .param("project", UUID.fromString(projectId))
                .param("org", orgId)
                .param("framework", framework)
                .param("status", status)
                .param("code", errorCode)
                .param("hit", cacheHit ? "some-key" : null)
                .param("cost", new BigDecimal(costUsd))
                .param("started", Timestamp.from(finishedAt.minusMillis(durationMs)))
                .param("finished", Timestamp.from(finishedAt))
                .update();
    }
}
