package io.vectort.identity.privacy;

import io.vectort.identity.AuthenticatedUser;
import io.vectort.identity.audit.Actor;
import io.vectort.identity.audit.AuditLog;
import io.vectort.jobs.JobQueue;
import io.vectort.ratelimit.RateLimit;
import io.vectort.ratelimit.RateLimiter;
import io.vectort.shared.Ids;
import io.vectort.shared.NotFoundException;
import io.vectort.storage.BlobStore;
import java.io.InputStream;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts data exports, reports their progress and opens finished ones for their signed link. The
 * archive itself is built by {@link DataExportJob}.
 */
@Service
public class DataExports {

    private final JdbcClient jdbc;
    private final RateLimiter limiter;
    private final AuditLog audit;
    private final JobQueue jobs;
    private final BlobStore blobs;
    private final DataExportTokens tokens;
    private final PersonalDataProperties properties;
    private final Clock clock = Clock.systemUTC();

    DataExports(
            JdbcClient jdbc,
            RateLimiter limiter,
            AuditLog audit,
            JobQueue jobs,
            BlobStore blobs,
            DataExportTokens tokens,
            PersonalDataProperties properties) {
        this.jdbc = jdbc;
        this.limiter = limiter;
        this.audit = audit;
        this.jobs = jobs;
        this.blobs = blobs;
        this.tokens = tokens;
        this.properties = properties;
    }

    /**
     * Queues an export of everything about the user; the job starts once this commits. Recorded in
     * the personal organisation's audit log as {@code data.exported}.
     */
    @Transactional
    public DataExport start(AuthenticatedUser user) {
        // Each export reads all of the user's data: a few per hour are plenty for a person.
        limiter.tryAcquire(
                        "data-export:" + user.id(),
                        new RateLimit("data exports", properties.exportsPerHour(), Duration.ofHours(1)))
                .orThrow();
        UUID id = Ids.newId();
        jdbc.sql("insert into data_exports (id, user_id) values (:id, :user)")
                .param("id", id)
                .param("user", user.id())
                .update();
        // The personal organisation's id is the user's.
        audit.record(user.id(), Actor.of(user), "data.exported", "data_export", id.toString(), Map.of());
        jobs.enqueue(DataExportJob.NAME, id.toString());
        return get(user.id(), id);
    }

    /** One of the user's exports; another user's answers 404 like a missing one. */
    public DataExport get(UUID userId, UUID exportId) {
        return jdbc.sql("select * from data_exports where id = :id and user_id = :user")
                .param("id", exportId)
                .param("user", userId)
                .query(this::view)
                .optional()
                .orElseThrow(() -> new NotFoundException("Export"));
    }

    /**
     * Opens a ready export for its signed link; empty when the token is forged, altered, expired or
     * for another export, or the export (or its account) is gone.
     */
    public Optional<ExportDownload> open(UUID exportId, String token) {
        Instant now = clock.instant();
        Optional<DataExportTokens.Target> target =
                tokens.verify(token, now).filter(t -> t.exportId().equals(exportId));
        if (target.isEmpty()) {
            return Optional.empty();
        }
        Optional<Instant> created = jdbc.sql("""
                        select d.created_at from data_exports d join users u on u.id = d.user_id
                        where d.id = :id and d.user_id = :user and d.status = 'ready' and d.expires_at > :now""")
                .param("id", exportId)
                .param("user", target.get().userId())
                .param("now", Timestamp.from(now))
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
        if (created.isEmpty()) {
            return Optional.empty();
        }
        String key = ExportKeys.archive(target.get().userId(), exportId);
        Optional<Long> size = blobs.size(key);
        Optional<InputStream> content = size.isPresent() ? blobs.get(key) : Optional.empty();
        String fileName = "vectort-data-" + created.get().atZone(ZoneOffset.UTC).toLocalDate() + ".zip";
        return content.map(in -> new ExportDownload(in, size.get(), fileName));
    }

    private DataExport view(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        ExportStatus status = ExportStatus.parse(rs.getString("status"));
        Optional<Instant> expires =
                Optional.ofNullable(rs.getTimestamp("expires_at")).map(Timestamp::toInstant);
        // The purge runs every few minutes; the link is dead from the first second.
        if (status == ExportStatus.READY && !expires.orElseThrow().isAfter(clock.instant())) {
            status = ExportStatus.EXPIRED;
        }
        Optional<URI> url = Optional.empty();
        if (status == ExportStatus.READY) {
            String token = tokens.issue(id, rs.getObject("user_id", UUID.class), expires.orElseThrow());
            url = Optional.of(URI.create("/api/v1/me/export/" + id + "/download?token=" + token));
        }
        return new DataExport(
                id,
                status,
                rs.getDouble("progress"),
                rs.getTimestamp("created_at").toInstant(),
                url,
                status == ExportStatus.READY ? expires : Optional.empty());
    }
}
