package io.vectort.generation.insights;

import io.vectort.console.Features;
import io.vectort.console.RollupRows;
import io.vectort.console.RollupSource;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Generations count on the day they finished (read by {@code generations_finished_idx}), a
 * deployment on the day it was requested ({@code deployments_created_idx}). A generation that
 * replayed a cached result is a cache hit.
 */
@Component
class BuilderRollupSource implements RollupSource {

    private final JdbcClient jdbc;

    BuilderRollupSource(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "builder";
    }

    @Override
    public RollupRows rows(Instant from, Instant to) {
        List<RollupRows.GenerationTotals> generations = jdbc.sql("""
                        select (finished_at at time zone 'UTC')::date as day, org_id, framework, app_type, status,
                               coalesce(error_code, '') as code, count(*) as n,
                               count(*) filter (where cache_replayed_key is not null) as hits,
                               coalesce(sum(cost_usd), 0) as cost,
                               coalesce(sum(extract(epoch from finished_at - coalesce(started_at, created_at)) * 1000),
                                        0)::bigint as duration
                        from generations
                        where finished_at >= :from and finished_at < :to
                          and status in ('succeeded', 'failed', 'cancelled')
                        group by 1, 2, 3, 4, 5, 6""")
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, n) -> new RollupRows.GenerationTotals(
                        rs.getObject("day", LocalDate.class),
                        rs.getObject("org_id", UUID.class),
                        rs.getString("framework"),
                        rs.getString("app_type"),
                        rs.getString("status"),
                        rs.getString("code"),
                        rs.getLong("n"),
                        rs.getLong("hits"),
                        rs.getBigDecimal("cost"),
                        rs.getLong("duration")))
                .list();
        List<RollupRows.FeatureUses> features = new ArrayList<>();
        List<RollupRows.ActiveUser> people = new ArrayList<>();
        jdbc.sql("""
                        select (finished_at at time zone 'UTC')::date as day, org_id, requested_by, count(*) as n
                        from generations
                        where finished_at >= :from and finished_at < :to
                          and status in ('succeeded', 'failed', 'cancelled')
                        group by 1, 2, 3""")
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query(rs -> {
                    collect(rs, Features.BUILDER, "requested_by", features, people);
                });
        jdbc.sql("""
                        select (created_at at time zone 'UTC')::date as day, org_id, created_by, count(*) as n
                        from deployments where created_at >= :from and created_at < :to
                        group by 1, 2, 3""")
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query(rs -> {
                    collect(rs, Features.DEPLOY, "created_by", features, people);
                });
        return new RollupRows(generations, features, people);
    }

    private static void collect(
            java.sql.ResultSet rs,
            String feature,
            String userColumn,
            List<RollupRows.FeatureUses> features,
            List<RollupRows.ActiveUser> people)
            throws java.sql.SQLException {
        LocalDate day = rs.getObject("day", LocalDate.class);
        features.add(new RollupRows.FeatureUses(day, feature, rs.getObject("org_id", UUID.class), rs.getLong("n")));
        UUID user = rs.getObject(userColumn, UUID.class);
        if (user != null) {
            people.add(new RollupRows.ActiveUser(day, feature, user));
        }
    }
}
