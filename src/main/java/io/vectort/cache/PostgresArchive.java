package io.vectort.cache;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * L3: every entry in {@code cache_entries} until it expires, with what the similar-prompt index
 * and the warming job need. Hits are counted in memory and added in one batch per flush, so that a
 * popular entry is not a hot row.
 */
final class PostgresArchive {

    /** An archived entry and when it expires. */
    record Archived(CachedResponse response, Instant expiresAt) {}

    private record PendingHits(long count, Instant last) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final ConcurrentHashMap<CacheKey, PendingHits> pendingHits = new ConcurrentHashMap<>();

    PostgresArchive(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    Optional<Archived> get(CacheKey key) {
        return jdbc.sql("""
                        select body, created_at, expires_at from cache_entries
                        where scope = :scope and cache_type = :type and hash = :hash and expires_at > now()""")
                .param("scope", key.scope())
                .param("type", key.type().tag())
                .param("hash", key.hash())
                .query((rs, row) -> new Archived(
                        new CachedResponse(
                                rs.getString("body"),
                                rs.getTimestamp("created_at").toInstant()),
                        rs.getTimestamp("expires_at").toInstant()))
                .optional();
    }

    /** Stores or replaces the entry; a replaced entry starts counting its hits from zero. */
    void put(CacheKey key, CachedResponse value, Duration ttl, Optional<SimilarityTag> tag) {
        jdbc.sql("""
                        insert into cache_entries (scope, cache_type, hash, body, created_at, expires_at,
                          framework, app_type, normalized_prompt, embedding)
                        values (:scope, :type, :hash, :body, :created, now() + :ttl * interval '1 millisecond',
                          :framework, :appType, :prompt, cast(:embedding as real[]))
                        on conflict (scope, cache_type, hash) do update set
                          body = excluded.body, created_at = excluded.created_at, expires_at = excluded.expires_at,
                          hits = 0, last_hit_at = null,
                          framework = excluded.framework, app_type = excluded.app_type,
                          normalized_prompt = excluded.normalized_prompt, embedding = excluded.embedding""")
                .param("scope", key.scope())
                .param("type", key.type().tag())
                .param("hash", key.hash())
                .param("body", value.body())
                .param("created", Timestamp.from(value.storedAt()))
                .param("ttl", ttl.toMillis())
                .param("framework", tag.map(SimilarityTag::framework).orElse(null))
                .param("appType", tag.map(SimilarityTag::appType).orElse(null))
                .param("prompt", tag.map(SimilarityTag::normalizedPrompt).orElse(null))
                .param("embedding", tag.map(t -> vectorLiteral(t.embedding())).orElse(null))
                .update();
    }

    void evict(CacheKey key) {
        jdbc.sql("delete from cache_entries where scope = :scope and cache_type = :type and hash = :hash")
                .param("scope", key.scope())
                .param("type", key.type().tag())
                .param("hash", key.hash())
                .update();
    }

    int evictScope(UUID scope) {
        return jdbc.sql("delete from cache_entries where scope = :scope")
                .param("scope", scope)
                .update();
    }

    long entries(UUID scope) {
        return jdbc.sql("select count(*) from cache_entries where scope = :scope and expires_at > now()")
                .param("scope", scope)
                .query(Long.class)
                .single();
    }

    /** The newest unexpired Builder entries of a scope with this framework and app type. */
    List<SimilarPromptIndex.Candidate> candidates(UUID scope, String framework, String appType, int limit) {
        return jdbc.sql("""
                        select hash, normalized_prompt, embedding from cache_entries
                        where scope = :scope and cache_type = 'builder' and framework = :framework
                          and app_type = :appType and embedding is not null and expires_at > now()
                        order by created_at desc limit :limit""")
                .param("scope", scope)
                .param("framework", framework)
                .param("appType", appType)
                .param("limit", limit)
                .query((rs, row) -> new SimilarPromptIndex.Candidate(
                        rs.getString("hash"), rs.getString("normalized_prompt"), floats(rs, "embedding")))
                .list();
    }

    /** Popular Builder entries that expire within the window, most hit first. */
    List<WarmCandidate> warmCandidates(long minHits, Duration window, int limit) {
        return jdbc.sql("""
                        select scope, hash, hits, framework, app_type, normalized_prompt, embedding from cache_entries
                        where cache_type = 'builder' and hits >= :minHits
                          and expires_at > now() and expires_at <= now() + :window * interval '1 millisecond'
                        order by hits desc limit :limit""")
                .param("minHits", minHits)
                .param("window", window.toMillis())
                .param("limit", limit)
                .query((rs, row) -> {
                    CacheKey key =
                            new CacheKey(rs.getObject("scope", UUID.class), CacheType.BUILDER, rs.getString("hash"));
                    Optional<SimilarityTag> tag = rs.getString("normalized_prompt") == null
                            ? Optional.empty()
                            : Optional.of(new SimilarityTag(
                                    rs.getString("framework"),
                                    rs.getString("app_type"),
                                    rs.getString("normalized_prompt"),
                                    floats(rs, "embedding")));
                    return new WarmCandidate(key, tag, rs.getLong("hits"));
                })
                .list();
    }

    /** Deletes expired rows in batches; returns how many. */
    long purgeExpired(int batch) {
        long total = 0;
        int deleted;
        do {
            deleted = jdbc.sql("""
                            delete from cache_entries where ctid = any(array(
                              select ctid from cache_entries where expires_at <= now() limit :batch))""").param("batch", batch).update();
            total += deleted;
        } while (deleted == batch);
        return total;
    }

    /** Deletes daily statistics of days that ended more than {@code retention} ago. */
    int purgeOldStats(Duration retention) {
        return jdbc.sql("delete from cache_stats where day < current_date - :days")
                .param("days", (int) retention.toDays())
                .update();
    }

    void recordHit(CacheKey key, Instant at) {
        pendingHits.merge(key, new PendingHits(1, at), (a, b) -> new PendingHits(a.count() + b.count(), b.last()));
    }

    /** Adds the hits counted since the last flush, in one JDBC batch; on failure keeps them for the next. */
    void flushHits() {
        List<CacheKey> taken = new ArrayList<>();
        List<PendingHits> counts = new ArrayList<>();
        for (CacheKey key : new ArrayList<>(pendingHits.keySet())) {
            PendingHits hits = pendingHits.remove(key);
            if (hits != null) {
                taken.add(key);
                counts.add(hits);
            }
        }
        if (taken.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(taken.size());
        for (int i = 0; i < taken.size(); i++) {
            CacheKey key = taken.get(i);
            rows.add(new Object[] {
                counts.get(i).count(),
                Timestamp.from(counts.get(i).last()),
                key.scope(),
                key.type().tag(),
                key.hash()
            });
        }
        try {
            batches.batchUpdate("""
                    update cache_entries set hits = hits + ?, last_hit_at = greatest(last_hit_at, ?)
                    where scope = ? and cache_type = ? and hash = ?""", rows);
        } catch (RuntimeException e) {
            for (int i = 0; i < taken.size(); i++) {
                pendingHits.merge(
                        taken.get(i), counts.get(i), (a, b) -> new PendingHits(a.count() + b.count(), a.last()));
            }
            throw e;
        }
    }

    static String vectorLiteral(float[] vector) {
        StringBuilder out = new StringBuilder(vector.length * 12).append('{');
        for (int i = 0; i < vector.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(Float.toString(vector[i]));
        }
        return out.append('}').toString();
    }

    private static float[] floats(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return new float[0];
        }
        Object[] values = (Object[]) array.getArray();
        float[] vector = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            vector[i] = ((Number) values[i]).floatValue();
        }
        return vector;
    }
}
