package io.vectort.identity.audit;

import io.vectort.shared.InvalidRequestException;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends to and reads an organisation's audit log. {@link #record} joins the caller's transaction
 * and refuses to run without one: an entry commits with its change or not at all.
 */
@Service
public class AuditLog {

    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Records that {@code actor} did {@code action} to a target, from the current request's address. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(
            UUID orgId, Actor actor, String action, String targetType, String targetId, Map<String, ?> details) {
        jdbc.sql("""
                        insert into audit_log (org_id, actor_id, actor_email, action, target_type, target_id, details,
                            client_address, request_id)
                        values (:org, :actorId, :actorEmail, :action, :targetType, :targetId, cast(:details as jsonb),
                            :address, :requestId)""")
                .param("org", orgId)
                .param("actorId", actor.userId().orElse(null))
                .param("actorEmail", actor.email().orElse(null))
                .param("action", action)
                .param("targetType", targetType)
                .param("targetId", targetId)
                .param("details", json.writeValueAsString(details))
                .param("address", clientAddress().orElse(null))
                .param("requestId", MDC.get("requestId"))
                .update();
    }

    /**
     * Records one event in several organisations (a sign-in is seen by each of the user's), in a
     * transaction of its own: a refused sign-in rolls back, its record must not.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordInEach(List<UUID> orgIds, Actor actor, String action, Map<String, ?> details) {
        for (UUID orgId : orgIds) {
            record(
                    orgId,
                    actor,
                    action,
                    "user",
                    actor.userId().map(UUID::toString).orElse(null),
                    details);
        }
    }

    /**
     * Records one event about a user in each of their organisations ({@code orgIds}), within the
     * caller's transaction: an account change is audited exactly when it commits.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAboutUser(List<UUID> orgIds, Actor actor, String action, UUID userId, Map<String, ?> details) {
        for (UUID orgId : orgIds) {
            record(orgId, actor, action, "user", userId.toString(), details);
        }
    }

    public AuditPage list(UUID orgId, AuditQuery query) {
        if (query.page() < 0 || query.size() < 1 || query.size() > AuditQuery.MAX_SIZE) {
            throw new InvalidRequestException(
                    "size", "out-of-range", "page must be >= 0 and size 1 to " + AuditQuery.MAX_SIZE);
        }
        String where = """
                where org_id = :org
                  and (cast(:actor as text) is null or actor_email ilike :actor or actor_id::text = :actor)
                  and (cast(:action as text) is null or action = :action
                       or (right(:action, 1) = '.' and starts_with(action, :action)))
                  and (cast(:from as timestamptz) is null or occurred_at >= :from)
                  and (cast(:to as timestamptz) is null or occurred_at < :to)""";
        long total = bind(jdbc.sql("select count(*) from audit_log " + where), orgId, query)
                .query(Long.class)
                .single();
        List<AuditEntry> items = bind(
                        jdbc.sql("select * from audit_log " + where
                                + " order by occurred_at desc, id desc limit :limit offset :offset"),
                        orgId,
                        query)
                .param("limit", query.size())
                .param("offset", (long) query.page() * query.size())
                .query(this::entry)
                .list();
        return new AuditPage(items, query.page(), query.size(), total);
    }

    /**
     * Keeps the entries by or about a deleted user but forgets who they were: the actor becomes
     * {@code deleted user}; entries about them lose the target id and the copy of their email.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void anonymise(UUID userId) {
        jdbc.sql("update audit_log set actor_id = null, actor_email = 'deleted user' where actor_id = :user")
                .param("user", userId)
                .update();
        jdbc.sql("""
                        update audit_log set target_id = null, details = details - 'email'
                        where target_type = 'user' and target_id = :user""").param("user", userId.toString()).update();
    }

    /** Entries about (or by) one user, in every organisation, for their data export. */
    public List<AuditEntry> about(UUID userId) {
        return jdbc.sql("""
                        select * from audit_log where actor_id = :user or (target_type = 'user' and target_id = :userText)
                        order by occurred_at, id""")
                .param("user", userId)
                .param("userText", userId.toString())
                .query(this::entry)
                .list();
    }

    /** Deletes entries older than the retention; returns how many. */
    public long purgeOlderThan(Instant cutoff, int batch) {
        return jdbc.sql("""
                        delete from audit_log where id in (
                            select id from audit_log where occurred_at < :cutoff limit :batch)""")
                .param("cutoff", Timestamp.from(cutoff))
                .param("batch", batch)
                .update();
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, UUID orgId, AuditQuery query) {
        return spec.param("org", orgId)
                .param("actor", query.actor().orElse(null))
                .param("action", query.action().orElse(null))
                .param("from", query.from().map(Timestamp::from).orElse(null))
                .param("to", query.to().map(Timestamp::from).orElse(null));
    }

    private AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(
                rs.getLong("id"),
                rs.getObject("org_id", UUID.class),
                rs.getTimestamp("occurred_at").toInstant(),
                Optional.ofNullable(rs.getObject("actor_id", UUID.class)),
                Optional.ofNullable(rs.getString("actor_email")),
                rs.getString("action"),
                Optional.ofNullable(rs.getString("target_type")),
                Optional.ofNullable(rs.getString("target_id")),
                json.readValue(rs.getString("details"), DETAILS),
                Optional.ofNullable(rs.getString("client_address")),
                Optional.ofNullable(rs.getString("request_id")));
    }

    private static Optional<String> clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return Optional.ofNullable(request.getRemoteAddr());
        }
        return Optional.empty();
    }
}
