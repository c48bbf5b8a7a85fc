package io.vectort.assistant.memory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code assistant_memories} rows. Every statement is scoped to one user id. */
@Repository
class MemoryStore {

    private static final String COLUMNS =
            "id, user_id, fact, source, source_message, created_at, updated_at, expires_at, superseded_by";

    private final JdbcClient jdbc;

    MemoryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Advances the user's revision; called in the transaction of every write. Its row lock also
     * serialises a user's concurrent writes, so two identical facts cannot both stay current.
     */
    long bumpRevision(UUID userId) {
        return jdbc.sql("""
                        insert into assistant_memory_revisions (user_id, revision) values (:user, 1)
                        on conflict (user_id) do update set revision = assistant_memory_revisions.revision + 1
                        returning revision""").param("user", userId).query(Long.class).single();
    }

    long revision(UUID userId) {
        return jdbc.sql("select revision from assistant_memory_revisions where user_id = :user")
                .param("user", userId)
                .query(Long.class)
                .optional()
                .orElse(0L);
    }

    Memory insert(UUID id, UUID userId, Remember fact, String folded, byte[] embedding) {
        return jdbc.sql("""
                        insert into assistant_memories
                            (id, user_id, fact, source, source_message, expires_at, search_vector, embedding)
                        values (:id, :user, :fact, :source, :message, :expires, to_tsvector('simple', :folded), :embedding)
                        returning\s""" + COLUMNS)
                .param("id", id)
                .param("user", userId)
                .param("fact", fact.fact())
                .param("source", fact.source().tag())
                .param("message", fact.sourceMessage().orElse(null))
                .param("expires", fact.expiresAt().map(MemoryStore::timestamp).orElse(null))
                .param("folded", folded)
                .param("embedding", embedding)
                .query(MemoryStore::map)
                .single();
    }

    /** Current memories of the user whose text is the same as {@code fact}'s, ignoring case. */
    List<UUID> currentWithSameText(UUID userId, String fact) {
        return jdbc.sql("""
                        select id from assistant_memories
                        where user_id = :user and superseded_by is null and lower(fact) = lower(:fact)""")
                .param("user", userId)
                .param("fact", fact)
                .query(UUID.class)
                .list();
    }

    void supersede(UUID userId, List<UUID> older, UUID newer) {
        if (older.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        update assistant_memories set superseded_by = :newer
                        where user_id = :user and id = any(:older) and superseded_by is null and id <> :newer""")
                .param("newer", newer)
                .param("user", userId)
                .param("older", older.toArray(UUID[]::new))
                .update();
    }

    Optional<Memory> find(UUID userId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from assistant_memories where id = :id and user_id = :user")
                .param("id", id)
                .param("user", userId)
                .query(MemoryStore::map)
                .optional();
    }

    List<Memory> page(UUID userId, int page, int size) {
        return jdbc.sql("select " + COLUMNS + " from assistant_memories where user_id = :user"
                        + " order by created_at desc, id desc limit :limit offset :offset")
                .param("user", userId)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(MemoryStore::map)
                .list();
    }

    long count(UUID userId) {
        return jdbc.sql("select count(*) from assistant_memories where user_id = :user")
                .param("user", userId)
                .query(Long.class)
                .single();
    }

    /** Every memory of the user, superseded and expired ones included, oldest first. */
    List<Memory> all(UUID userId) {
        return jdbc.sql("select " + COLUMNS + " from assistant_memories where user_id = :user"
                        + " order by created_at, id")
                .param("user", userId)
                .query(MemoryStore::map)
                .list();
    }

    List<Memory> byIds(UUID userId, List<UUID> ids) {
        return jdbc.sql("select " + COLUMNS + " from assistant_memories where user_id = :user and id = any(:ids)")
                .param("user", userId)
                .param("ids", ids.toArray(UUID[]::new))
                .query(MemoryStore::map)
                .list();
    }

    Optional<Memory> update(
            UUID userId,
            UUID id,
            @Nullable String fact,
            @Nullable String folded,
            byte @Nullable [] embedding,
            @Nullable Instant expiresAt) {
        return jdbc.sql("""
                        update assistant_memories set
                            fact = coalesce(:fact, fact),
                            search_vector = coalesce(to_tsvector('simple', cast(:folded as text)), search_vector),
                            embedding = coalesce(:embedding, embedding),
                            expires_at = coalesce(:expires, expires_at),
                            updated_at = clock_timestamp()
                        where id = :id and user_id = :user
                        returning\s""" + COLUMNS)
                .param("fact", fact, java.sql.Types.VARCHAR)
                .param("folded", folded, java.sql.Types.VARCHAR)
                .param("embedding", embedding, java.sql.Types.BINARY)
                .param(
                        "expires",
                        expiresAt == null ? null : timestamp(expiresAt),
                        java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .param("id", id)
                .param("user", userId)
                .query(MemoryStore::map)
                .optional();
    }

    /**
     * Deletes the memories and the older versions they superseded (their history): forgetting a
     * fact must not bring back the version it replaced.
     */
    List<Memory> deleteWithHistory(UUID userId, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        with recursive doomed(id) as (
                            select id from assistant_memories where user_id = :user and id = any(:ids)
                            union
                            select m.id from assistant_memories m join doomed d on m.superseded_by = d.id
                            where m.user_id = :user
                        )
                        delete from assistant_memories where user_id = :user and id in (select id from doomed)
                        returning\s""" + COLUMNS)
                .param("user", userId)
                .param("ids", ids.toArray(UUID[]::new))
                .query(MemoryStore::map)
                .list();
    }

    /** Every memory of the user matching the expression, superseded and expired ones included. */
    List<UUID> allMatching(UUID userId, String tsquery) {
        return jdbc.sql("""
                        select m.id from assistant_memories m, to_tsquery('simple', :query) q
                        where m.user_id = :user and m.search_vector @@ q""")
                .param("query", tsquery)
                .param("user", userId)
                .query(UUID.class)
                .list();
    }

    /**
     * The user's retrievable (not superseded) memories as their in-memory index holds them, read
     * after the revision so that a concurrent write shows as a newer one.
     */
    UserIndex loadIndex(UUID userId) {
        long revision = revision(userId);
        List<UserIndex.Fact> facts = new ArrayList<>();
        jdbc.sql("""
                        select id, fact, created_at, expires_at, embedding from assistant_memories
                        where user_id = :user and superseded_by is null""").param("user", userId).query(rs -> {
            Timestamp expires = rs.getTimestamp("expires_at");
            facts.add(new UserIndex.Fact(
                    rs.getObject("id", UUID.class),
                    rs.getString("fact"),
                    rs.getTimestamp("created_at").getTime(),
                    expires == null ? UserVectors.NEVER : expires.getTime(),
                    Vectors.read(rs.getBytes("embedding"))));
        });
        return UserIndex.of(revision, facts);
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Memory map(ResultSet rs, int row) throws SQLException {
        Timestamp expires = rs.getTimestamp("expires_at");
        return new Memory(
                rs.getObject("id", UUID.class),
                rs.getObject("user_id", UUID.class),
                rs.getString("fact"),
                MemorySource.fromTag(rs.getString("source")),
                Optional.ofNullable(rs.getString("source_message")),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                Optional.ofNullable(expires).map(Timestamp::toInstant),
                Optional.ofNullable(rs.getObject("superseded_by", UUID.class)));
    }
}
