package io.vectort.identity.organization;

import io.vectort.identity.audit.Actor;
import io.vectort.identity.audit.AuditLog;
import io.vectort.shared.InvalidRequestException;
import io.vectort.shared.NotFoundException;
import io.vectort.shared.Text;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every organisation of the instance, for the platform's administrators: search, look up and
 * suspend. Callers check that the caller is a platform admin; this class records what they did.
 */
@Service
public class OrganizationDirectory {

    private static final String SELECT = """
            select o.id, o.name, o.slug, o.personal, o.created_at, o.suspended_at, o.suspension_reason,
                   (select count(*) from memberships c where c.org_id = o.id) as member_count
            from organizations o
            """;

    private final JdbcClient jdbc;
    private final AuditLog audit;

    OrganizationDirectory(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * Organisations whose name or slug contains {@code query} (all when blank), team ones first,
     * then by name. The table holds one row per organisation: a filtered scan of it is cheap.
     */
    public List<OrganizationRecord> search(String query, int limit, int offset) {
        return jdbc.sql(SELECT + """
                        where cast(:q as text) is null or strpos(lower(o.name), :q) > 0 or strpos(o.slug, :q) > 0
                        order by o.personal, lower(o.name), o.id limit :limit offset :offset""")
                .param("q", query.isBlank() ? null : query.strip().toLowerCase(Locale.ROOT))
                .param("limit", limit)
                .param("offset", offset)
                .query(OrganizationDirectory::map)
                .list();
    }

    public Optional<OrganizationRecord> find(UUID orgId) {
        return jdbc.sql(SELECT + " where o.id = :id")
                .param("id", orgId)
                .query(OrganizationDirectory::map)
                .optional();
    }

    /** The names of the given organisations (deleted ones are absent). */
    public Map<UUID, String> names(Collection<UUID> orgIds) {
        Map<UUID, String> names = new HashMap<>();
        if (orgIds.isEmpty()) {
            return names;
        }
        jdbc.sql("select id, name from organizations where id = any(:ids)")
                .param("ids", orgIds.toArray(UUID[]::new))
                .query((ResultSet rs) -> {
                    names.put(rs.getObject("id", UUID.class), rs.getString("name"));
                });
        return names;
    }

    /** Suspends the organisation (again with a new reason when it already is), audited in its log. */
    @Transactional
    public OrganizationRecord suspend(UUID orgId, Actor actor, String reason) {
        String clean = reason.strip();
        if (clean.isEmpty() || clean.length() > 500 || Text.hasForbiddenControlCharacters(clean)) {
            throw new InvalidRequestException("reason", "invalid", "must be 1 to 500 printable characters");
        }
        OrganizationRecord before = lock(orgId);
        jdbc.sql("update organizations set suspended_at = coalesce(suspended_at, now()), suspension_reason = :reason"
                        + " where id = :id")
                .param("reason", clean)
                .param("id", orgId)
                .update();
        audit.record(
                orgId,
                actor,
                "organization.suspended",
                "organization",
                orgId.toString(),
                Map.of("before", state(before), "after", Map.of("suspended", true, "reason", clean)));
        return find(orgId).orElseThrow();
    }

    /** Lifts a suspension; answers the organisation unchanged (and records nothing) when there was none. */
    @Transactional
    public OrganizationRecord unsuspend(UUID orgId, Actor actor) {
        OrganizationRecord before = lock(orgId);
        if (before.suspendedAt().isEmpty()) {
            return before;
        }
        jdbc.sql("update organizations set suspended_at = null, suspension_reason = null where id = :id")
                .param("id", orgId)
                .update();
        audit.record(
                orgId,
                actor,
                "organization.unsuspended",
                "organization",
                orgId.toString(),
                Map.of("before", state(before), "after", Map.of("suspended", false)));
        return find(orgId).orElseThrow();
    }

    private OrganizationRecord lock(UUID orgId) {
        jdbc.sql("select id from organizations where id = :id for update")
                .param("id", orgId)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Organization"));
        return find(orgId).orElseThrow();
    }

    private static Map<String, Object> state(OrganizationRecord org) {
        return org.suspendedAt().isPresent()
                ? Map.of("suspended", true, "reason", org.suspensionReason().orElse(""))
                : Map.of("suspended", false);
    }

    private static OrganizationRecord map(ResultSet rs, int row) throws SQLException {
        Timestamp suspended = rs.getTimestamp("suspended_at");
        return new OrganizationRecord(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("slug"),
                rs.getBoolean("personal"),
                rs.getInt("member_count"),
                rs.getTimestamp("created_at").toInstant(),
                Optional.ofNullable(suspended).map(Timestamp::toInstant),
                Optional.ofNullable(rs.getString("suspension_reason")));
    }
}
