package io.vectort.generation.run;

import io.vectort.generation.catalog.ChoiceReason;
import io.vectort.generation.generator.CodeRequest.PreviousTurn;
import io.vectort.generation.generator.GenerationReport;
import io.vectort.generation.generator.GeneratorIdentity;
import io.vectort.generation.generator.HistoryDigest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * SQL for generations. Every state change is a conditional update on the current status, so
 * racing actors (a cancel and a worker, two nodes) cannot both win.
 */
@Component
class GenerationRepository {

    private static final String ACTIVE = "('queued', 'running')";

    /** The versions {@code :version} descends from, itself included: a restored version's own past. */
    private static final String LINEAGE = """
            with recursive lineage (number, parent) as (
                select number, parent_number from versions where project_id = :project and number = :version
                union all
                select v.number, v.parent_number from versions v
                join lineage l on v.project_id = :project and v.number = l.parent
            )
            """;

    private final JdbcClient jdbc;

    GenerationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Generation g, @Nullable UUID requestedBy) {
        jdbc.sql("""
                        insert into generations (id, project_id, org_id, description, framework, app_type, model,
                            force_regenerate, generator_id, generator_kind, generator_label, status, base_version,
                            reserved_micros, cache_key, cache_replayed_key, cache_layer, requested_by, fix_round,
                            app_type_source, app_type_evidence, framework_source, framework_evidence)
                        values (:id, :project, :owner, :description, :framework, :type, :model,
                            :force, :generatorId, :generatorKind, :generatorLabel, 'queued', :base, :reserved,
                            :cacheKey, :cacheReplayed, :cacheLayer, :requestedBy, :fixRound, :typeSource, :typeEvidence,
                            :frameworkSource, :frameworkEvidence)""")
                .param("typeSource", g.appTypeReason().source().id())
                .param("typeEvidence", g.appTypeReason().evidence().orElse(null))
                .param("frameworkSource", g.frameworkReason().source().id())
                .param("frameworkEvidence", g.frameworkReason().evidence().orElse(null))
                .param("requestedBy", requestedBy)
                .param("fixRound", g.fixRound())
                .param("id", g.id())
                .param("project", g.projectId())
                .param("owner", g.orgId())
                .param("description", g.description())
                .param("framework", g.framework())
                .param("type", g.appType())
                .param("model", g.model().orElse(null))
                .param("force", g.forceRegenerate())
                .param("generatorId", g.generator().id())
                .param("generatorKind", g.generator().kind())
                .param("generatorLabel", g.generator().label())
                .param("base", g.baseVersion())
                .param("reserved", g.reservedMicros())
                .param("cacheKey", g.cache().key().orElse(null))
                .param("cacheReplayed", g.cache().replayedKey().orElse(null))
                .param("cacheLayer", g.cache().layer().orElse(null))
                .update();
    }

    Optional<Generation> find(UUID id) {
        return jdbc.sql("select * from generations where id = :id")
                .param("id", id)
                .query(GenerationRepository::map)
                .optional();
    }

    Optional<Generation> findOwned(UUID orgId, UUID id) {
        return jdbc.sql("select * from generations where id = :id and org_id = :owner")
                .param("id", id)
                .param("owner", orgId)
                .query(GenerationRepository::map)
                .optional();
    }

    List<Generation> listByProject(UUID projectId, int limit) {
        return jdbc.sql("select * from generations where project_id = :project order by created_at desc limit :limit")
                .param("project", projectId)
                .param("limit", limit)
                .query(GenerationRepository::map)
                .list();
    }

    List<UUID> idsByProject(UUID projectId) {
        return jdbc.sql("select id from generations where project_id = :project")
                .param("project", projectId)
                .query(UUID.class)
                .list();
    }

    /**
     * The successful prompts that led to {@code upToVersion}, oldest first: the generations along its
     * chain of parent versions, so that a restored version does not inherit the prompts it undid.
     * Automatic fix rounds are left out: their prompts are build logs, not what the user asked for.
     */
    List<PreviousTurn> previousTurns(UUID projectId, int upToVersion) {
        return jdbc.sql(LINEAGE + """
                        select description, framework, app_type, summary from generations
                        where project_id = :project and status = 'succeeded' and fix_round = 0
                          and result_version in (select number from lineage)
                        order by result_version""")
                .param("project", projectId)
                .param("version", upToVersion)
                .query((rs, n) -> new PreviousTurn(
                        rs.getString("description"),
                        rs.getString("framework"),
                        rs.getString("app_type"),
                        Objects.requireNonNullElse(rs.getString("summary"), "")))
                .list();
    }

    /**
     * The newest model-condensed history along {@code upToVersion}'s lineage. It covers a prefix of
     * {@link #previousTurns}, the same for every version descending from the one that made it.
     */
    Optional<HistoryDigest> historyDigest(UUID projectId, int upToVersion) {
        return jdbc.sql(LINEAGE + """
                        select history_digest, history_digest_turns from generations
                        where project_id = :project and status = 'succeeded' and history_digest is not null
                          and result_version in (select number from lineage)
                        order by result_version desc limit 1""")
                .param("project", projectId)
                .param("version", upToVersion)
                .query((rs, n) -> new HistoryDigest(rs.getString("history_digest"), rs.getInt("history_digest_turns")))
                .optional();
    }

    /** Moves a queued (or revived running) generation to running; empty when it is no longer active. */
    OptionalInt markRunning(UUID id) {
        return jdbc.sql("""
                        update generations set status = 'running', attempts = attempts + 1,
                            started_at = coalesce(started_at, now()), error_code = null, error_message = null
                        where id = :id and status in """ + ACTIVE + " returning attempts")
                .param("id", id)
                .query(Integer.class)
                .optional()
                .map(OptionalInt::of)
                .orElse(OptionalInt.empty());
    }

    boolean markQueuedForRetry(UUID id, String code, String message) {
        return jdbc.sql("""
                        update generations set status = 'queued', error_code = :code, error_message = :message
                        where id = :id and status = 'running'""")
                        .param("id", id)
                        .param("code", code)
                        .param("message", message)
                        .update()
                == 1;
    }

    boolean markFailed(UUID id, String code, String message) {
        return jdbc.sql("""
                        update generations set status = 'failed', error_code = :code, error_message = :message,
                            finished_at = now()
                        where id = :id and status in """ + ACTIVE)
                        .param("id", id)
                        .param("code", code)
                        .param("message", message)
                        .update()
                == 1;
    }

    boolean markCancelled(UUID id) {
        return jdbc.sql("update generations set status = 'cancelled', finished_at = now() where id = :id and status in "
                                + ACTIVE)
                        .param("id", id)
                        .update()
                == 1;
    }

    boolean markSucceeded(UUID id, int version, String summary, GenerationReport report) {
        return jdbc.sql("""
                        update generations set status = 'succeeded', result_version = :version, summary = :summary,
                            provider = :provider, provider_model = :model, input_tokens = :input,
                            output_tokens = :output, usage_estimated = :estimated, cost_usd = :cost,
                            history_digest = :digest, history_digest_turns = :digestTurns, finished_at = now()
                        where id = :id and status = 'running'""")
                        .param("id", id)
                        .param("version", version)
                        .param("summary", summary)
                        .param("provider", report.provider())
                        .param("model", report.model())
                        .param("input", report.inputTokens())
                        .param("output", report.outputTokens())
                        .param("estimated", report.usageEstimated())
                        .param("cost", report.costUsd())
                        .param(
                                "digest",
                                report.historyDigest().map(HistoryDigest::text).orElse(null))
                        .param(
                                "digestTurns",
                                report.historyDigest()
                                        .map(HistoryDigest::coversTurns)
                                        .orElse(null))
                        .update()
                == 1;
    }

    Optional<GenerationStatus> lockStatus(UUID id) {
        return jdbc.sql("select status from generations where id = :id for update")
                .param("id", id)
                .query((rs, n) -> GenerationStatus.fromWire(rs.getString("status")))
                .optional();
    }

    /** Those of {@code ids} that were cancelled or no longer exist: their runs must stop. */
    List<UUID> cancelledAmong(Collection<UUID> ids) {
        return jdbc.sql("""
                        select id from unnest(cast(:ids as uuid[])) as running(id)
                        where not exists (
                            select 1 from generations g where g.id = running.id and g.status <> 'cancelled')""")
                .param("ids", ids.toArray(UUID[]::new))
                .query(UUID.class)
                .list();
    }

    /** Active generations whose job no longer exists: their work would otherwise never finish. */
    List<UUID> orphaned(String jobName, Instant createdBefore) {
        return jdbc.sql("""
                        select g.id from generations g
                        where g.status in """ + ACTIVE + """
                         and g.created_at < :before
                          and not exists (select 1 from scheduled_tasks t
                                          where t.task_name = :job and t.task_instance = g.id::text)""")
                .param("before", Timestamp.from(createdBefore))
                .param("job", jobName)
                .query(UUID.class)
                .list();
    }

    private static Generation map(ResultSet rs, int row) throws SQLException {
        String errorCode = rs.getString("error_code");
        String provider = rs.getString("provider");
        int resultVersion = rs.getInt("result_version");
        boolean hasResult = !rs.wasNull();
        Resolution resolved = new Resolution(
                rs.getString("app_type"),
                reason(rs, "app_type_source", "app_type_evidence"),
                rs.getString("framework"),
                reason(rs, "framework_source", "framework_evidence"));
        return new Generation(
                rs.getObject("id", UUID.class),
                rs.getObject("project_id", UUID.class),
                rs.getObject("org_id", UUID.class),
                GenerationRequest.stored(
                        rs.getString("description"),
                        resolved,
                        Optional.ofNullable(rs.getString("model")),
                        rs.getBoolean("force_regenerate")),
                rs.getString("app_type"),
                new GeneratorIdentity(
                        rs.getString("generator_id"), rs.getString("generator_kind"), rs.getString("generator_label")),
                GenerationStatus.fromWire(rs.getString("status")),
                rs.getInt("attempts"),
                rs.getInt("base_version"),
                hasResult ? Optional.of(resultVersion) : Optional.empty(),
                Optional.ofNullable(rs.getString("summary")),
                errorCode == null
                        ? Optional.empty()
                        : Optional.of(new Generation.Failure(errorCode, rs.getString("error_message"))),
                provider == null
                        ? Optional.empty()
                        : Optional.of(new Generation.Usage(
                                provider,
                                rs.getString("provider_model"),
                                rs.getLong("input_tokens"),
                                rs.getLong("output_tokens"),
                                rs.getBoolean("usage_estimated"),
                                java.util.Objects.requireNonNullElse(
                                        rs.getBigDecimal("cost_usd"), java.math.BigDecimal.ZERO))),
                rs.getObject("created_at", Timestamp.class).toInstant(),
                instant(rs, "started_at"),
                instant(rs, "finished_at"),
                rs.getLong("reserved_micros"),
                new Generation.CacheUse(
                        Optional.ofNullable(rs.getString("cache_key")),
                        Optional.ofNullable(rs.getString("cache_replayed_key")),
                        Optional.ofNullable(rs.getString("cache_layer"))),
                rs.getInt("fix_round"),
                resolved.appTypeReason(),
                resolved.framework(),
                resolved.frameworkReason());
    }

    private static ChoiceReason reason(ResultSet rs, String sourceColumn, String evidenceColumn) throws SQLException {
        return new ChoiceReason(
                ChoiceReason.Source.fromId(rs.getString(sourceColumn)).orElseThrow(),
                Optional.ofNullable(rs.getString(evidenceColumn)));
    }

    /** The application type of the project's latest successful generation, which a follow-up keeps. */
    /** The type and framework of the project's latest successful generation, which follow-ups keep. */
    Optional<ProjectKind> latestKind(UUID projectId) {
        return jdbc.sql("""
                        select app_type, framework from generations
                        where project_id = :project and status = 'succeeded'
                        order by finished_at desc limit 1""")
                .param("project", projectId)
                .query((rs, n) -> new ProjectKind(rs.getString("app_type"), rs.getString("framework")))
                .optional();
    }

    record ProjectKind(String appType, String framework) {}

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getObject(column, Timestamp.class);
        return value == null ? Optional.empty() : Optional.of(value.toInstant());
    }
}
