package io.vectort.generation.verify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL for the checks of versions, one row per version (V32). */
@Component
class VersionBuildStore {

    /** The row with the fix round of the generation that made its version. */
    private static final String SELECT = """
            select b.*, coalesce(g.fix_round, 0) as made_by_round
            from version_builds b
            left join versions v on v.project_id = b.project_id and v.number = b.version
            left join generations g on g.id = v.generation_id
            """;

    private final JdbcClient jdbc;

    VersionBuildStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A check to run (again): anything an earlier one recorded is cleared. */
    void queue(UUID orgId, UUID projectId, int version, String contentHash, String command) {
        upsert(orgId, projectId, version, contentHash, "queued", command, null);
    }

    void skip(UUID orgId, UUID projectId, int version, String contentHash, String reason) {
        upsert(orgId, projectId, version, contentHash, "skipped", "", reason);
    }

    private void upsert(
            UUID orgId,
            UUID projectId,
            int version,
            String hash,
            String status,
            String command,
            @Nullable String reason) {
        jdbc.sql("""
                        insert into version_builds (project_id, org_id, version, content_hash, status, command, reason,
                            finished_at)
                        values (:project, :org, :version, :hash, :status, :command, :reason,
                            case when :status = 'skipped' then now() end)
                        on conflict (project_id, version) do update set status = excluded.status,
                            command = excluded.command, reason = excluded.reason, log = '', duration_ms = null,
                            started_at = null, finished_at = excluded.finished_at, fix_generation_id = null,
                            fix_round = null, content_hash = excluded.content_hash""")
                .param("project", projectId)
                .param("org", orgId)
                .param("version", version)
                .param("hash", hash)
                .param("status", status)
                .param("command", command)
                .param("reason", reason)
                .update();
    }

    /** Marks a queued (or, after a crash, running) check running; false when there is none to run. */
    boolean start(UUID projectId, int version) {
        return jdbc.sql("""
                                update version_builds set status = 'running', attempts = attempts + 1,
                                    started_at = now()
                                where project_id = :project and version = :version
                                  and status in ('queued', 'running')""")
                        .param("project", projectId)
                        .param("version", version)
                        .update()
                == 1;
    }

    void finish(UUID projectId, int version, String status, String log, Duration took, String reason) {
        jdbc.sql("""
                        update version_builds set status = :status, log = :log, duration_ms = :took,
                            reason = :reason, finished_at = now(), started_at = coalesce(started_at, now())
                        where project_id = :project and version = :version""")
                .param("project", projectId)
                .param("version", version)
                .param("status", status)
                .param("log", log.replace("\u0000", ""))
                .param("took", took.toMillis())
                .param("reason", reason.isBlank() ? null : reason)
                .update();
    }

    void fixStarted(UUID projectId, int version, UUID generationId, int round) {
        jdbc.sql("""
                        update version_builds set fix_generation_id = :generation, fix_round = :round
                        where project_id = :project and version = :version""")
                .param("project", projectId)
                .param("version", version)
                .param("generation", generationId)
                .param("round", round)
                .update();
    }

    Optional<StoredBuild> find(UUID projectId, int version) {
        return jdbc.sql(SELECT + " where b.project_id = :project and b.version = :version")
                .param("project", projectId)
                .param("version", version)
                .query(VersionBuildStore::map)
                .optional();
    }

    /** A finished check of another version with the same files (a restore): its outcome holds here too. */
    Optional<StoredBuild> sameFiles(UUID projectId, String contentHash, int otherThan) {
        return jdbc.sql(SELECT + """
                         where b.project_id = :project and b.content_hash = :hash and b.version <> :version
                          and b.status in ('passed', 'failed')
                        order by b.finished_at desc limit 1""")
                .param("project", projectId)
                .param("hash", contentHash)
                .param("version", otherThan)
                .query(VersionBuildStore::map)
                .optional();
    }

    List<StoredBuild> list(UUID projectId, int limit) {
        return jdbc.sql(SELECT + " where b.project_id = :project order by b.version desc limit :limit")
                .param("project", projectId)
                .param("limit", limit)
                .query(VersionBuildStore::map)
                .list();
    }

    /** A row with what only the server needs besides the public part. */
    record StoredBuild(UUID orgId, UUID projectId, String contentHash, VersionBuild build) {}

    private static StoredBuild map(ResultSet rs, int row) throws SQLException {
        long duration = rs.getLong("duration_ms");
        boolean hasDuration = !rs.wasNull();
        UUID fixGeneration = rs.getObject("fix_generation_id", UUID.class);
        VersionBuild build = new VersionBuild(
                rs.getInt("version"),
                rs.getString("status"),
                rs.getString("command"),
                Optional.ofNullable(rs.getString("reason")),
                rs.getString("log"),
                hasDuration ? Optional.of(duration) : Optional.empty(),
                instant(rs, "started_at"),
                instant(rs, "finished_at"),
                rs.getInt("made_by_round"),
                fixGeneration == null
                        ? Optional.empty()
                        : Optional.of(new VersionBuild.Fix(fixGeneration, rs.getInt("fix_round"))));
        return new StoredBuild(
                rs.getObject("org_id", UUID.class),
                rs.getObject("project_id", UUID.class),
                rs.getString("content_hash"),
                build);
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getObject(column, Timestamp.class);
        return value == null ? Optional.empty() : Optional.of(value.toInstant());
    }
}
