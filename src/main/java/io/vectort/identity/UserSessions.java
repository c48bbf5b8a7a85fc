package io.vectort.identity;

import io.vectort.shared.NotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A user's own view of their sessions: which devices are signed in, and ending them. */
@Service
public class UserSessions {

    private final JdbcClient jdbc;
    private final Sessions sessions;

    UserSessions(JdbcClient jdbc, Sessions sessions) {
        this.jdbc = jdbc;
        this.sessions = sessions;
    }

    /** The user's open sessions, most recently used first. */
    public List<SessionView> list(UUID userId) {
        return jdbc.sql("""
                        select id, method, user_agent, client_address, created_at, last_used_at, second_factor_at
                        from sessions
                        where user_id = :user and revoked_at is null
                          and exists (select 1 from refresh_tokens t
                                      where t.family_id = sessions.id and t.status = 'active' and t.expires_at > now())
                        order by last_used_at desc
                        limit 200""")
                .param("user", userId)
                .query((rs, n) -> new SessionView(
                        rs.getObject("id", UUID.class),
                        rs.getString("method"),
                        rs.getString("user_agent"),
                        rs.getString("client_address"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("last_used_at").toInstant(),
                        rs.getTimestamp("second_factor_at") != null))
                .list();
    }

    /** Ends one of the user's sessions; another user's session id is unknown here (404). */
    @Transactional
    public void revoke(UUID userId, UUID sessionId) {
        boolean owned =
                jdbc.sql("select count(*) from sessions where id = :id and user_id = :user and revoked_at is null")
                                .param("id", sessionId)
                                .param("user", userId)
                                .query(Long.class)
                                .single()
                        > 0;
        if (!owned) {
            throw new NotFoundException("Session");
        }
        sessions.revoke(sessionId);
    }

    /** Ends every session of the user but {@code keep} (the one asking); returns how many ended. */
    @Transactional
    public int revokeAllBut(UUID userId, @Nullable UUID keep) {
        List<UUID> others = jdbc.sql("""
                        select id from sessions
                        where user_id = :user and revoked_at is null and (cast(:keep as uuid) is null or id <> :keep)""")
                .param("user", userId)
                .param("keep", keep)
                .query(UUID.class)
                .list();
        others.forEach(sessions::revoke);
        return others.size();
    }

    /**
     * One session as its owner sees it.
     *
     * @param method {@code password} or the provider it was opened with
     * @param secondFactor whether a second factor was proven in it
     */
    public record SessionView(
            UUID id,
            String method,
            @Nullable String userAgent,
            @Nullable String clientAddress,
            Instant createdAt,
            Instant lastUsedAt,
            boolean secondFactor) {}
}
