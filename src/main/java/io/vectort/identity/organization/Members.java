package io.vectort.identity.organization;

import io.vectort.identity.audit.Actor;
import io.vectort.identity.audit.AuditLog;
import io.vectort.shared.ConflictException;
import io.vectort.shared.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is in an organisation, with which role. Changes lock the organisation's row first, so two
 * owners demoting each other at the same moment cannot leave it without an owner.
 */
@Service
public class Members {

    private static final String SELECT_MEMBERS = """
            select m.user_id, u.email, m.role, m.created_at from memberships m
            join users u on u.id = m.user_id
            """;

    private final JdbcClient jdbc;
    private final AuditLog audit;

    Members(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public List<Member> list(UUID orgId) {
        return jdbc.sql(SELECT_MEMBERS + """
                         where m.org_id = :org
                        order by array_position(array['owner', 'admin', 'member', 'viewer'], m.role), lower(u.email)""")
                .param("org", orgId)
                .query(Members::member)
                .list();
    }

    /** Gives a member another role. Only an owner may grant or take away {@code owner}. */
    @Transactional
    public Member changeRole(Membership actor, UUID userId, Role newRole) {
        lock(actor.orgId());
        Role current = roleOf(actor.orgId(), userId).orElseThrow(() -> new NotFoundException("Member"));
        if ((current == Role.OWNER || newRole == Role.OWNER) && actor.role() != Role.OWNER) {
            throw new ForbiddenRoleException(Role.OWNER, actor.role());
        }
        if (current == Role.OWNER && newRole != Role.OWNER && owners(actor.orgId()) == 1) {
            throw new LastOwnerException("An organisation must keep an owner: make someone else owner first");
        }
        if (current != newRole) {
            jdbc.sql("update memberships set role = :role where org_id = :org and user_id = :user")
                    .param("role", newRole.wireName())
                    .param("org", actor.orgId())
                    .param("user", userId)
                    .update();
            audit.record(
                    actor.orgId(),
                    Actor.of(actor),
                    "member.role_changed",
                    "user",
                    userId.toString(),
                    Map.of("from", current.wireName(), "to", newRole.wireName(), "email", emailOf(userId)));
        }
        return find(actor.orgId(), userId).orElseThrow();
    }

    /** Removes a member (an owner only by an owner); they lose access with their next request. */
    @Transactional
    public void remove(Membership actor, UUID userId) {
        lock(actor.orgId());
        Role current = roleOf(actor.orgId(), userId).orElseThrow(() -> new NotFoundException("Member"));
        if (current == Role.OWNER && actor.role() != Role.OWNER) {
            throw new ForbiddenRoleException(Role.OWNER, actor.role());
        }
        delete(actor, userId, current, "member.removed");
    }

    /** The caller leaves the organisation. */
    @Transactional
    public void leave(Membership actor) {
        if (actor.personal()) {
            throw Organizations.personal("You cannot leave your personal organisation");
        }
        lock(actor.orgId());
        Role current = roleOf(actor.orgId(), actor.userId()).orElseThrow(() -> new NotFoundException("Member"));
        delete(actor, actor.userId(), current, "member.left");
    }

    /** Adds a user (an accepted invitation); already a member is a conflict. */
    @Transactional
    public void add(UUID orgId, UUID userId, Role role, Actor actor, Map<String, ?> details) {
        lock(orgId);
        try {
            jdbc.sql("insert into memberships (org_id, user_id, role) values (:org, :user, :role)")
                    .param("org", orgId)
                    .param("user", userId)
                    .param("role", role.wireName())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("already-member", "You are already a member of this organisation");
        }
        audit.record(orgId, actor, "member.joined", "user", userId.toString(), details);
    }

    public Optional<Role> roleOf(UUID orgId, UUID userId) {
        return jdbc.sql("select role from memberships where org_id = :org and user_id = :user")
                .param("org", orgId)
                .param("user", userId)
                .query(String.class)
                .optional()
                .flatMap(Role::parse);
    }

    private void delete(Membership actor, UUID userId, Role current, String action) {
        if (current == Role.OWNER && owners(actor.orgId()) == 1) {
            throw new LastOwnerException("An organisation must keep an owner: make someone else owner first");
        }
        String email = emailOf(userId);
        jdbc.sql("delete from memberships where org_id = :org and user_id = :user")
                .param("org", actor.orgId())
                .param("user", userId)
                .update();
        audit.record(
                actor.orgId(),
                Actor.of(actor),
                action,
                "user",
                userId.toString(),
                Map.of("role", current.wireName(), "email", email));
    }

    private Optional<Member> find(UUID orgId, UUID userId) {
        return jdbc.sql(SELECT_MEMBERS + " where m.org_id = :org and m.user_id = :user")
                .param("org", orgId)
                .param("user", userId)
                .query(Members::member)
                .optional();
    }

    private static Member member(ResultSet rs, int row) throws SQLException {
        return new Member(
                rs.getObject("user_id", UUID.class),
                rs.getString("email"),
                Role.parse(rs.getString("role")).orElseThrow(),
                rs.getTimestamp("created_at").toInstant());
    }

    private void lock(UUID orgId) {
        jdbc.sql("select id from organizations where id = :org for update")
                .param("org", orgId)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Organization"));
    }

    private long owners(UUID orgId) {
        return jdbc.sql("select count(*) from memberships where org_id = :org and role = 'owner'")
                .param("org", orgId)
                .query(Long.class)
                .single();
    }

    private String emailOf(UUID userId) {
        return jdbc.sql("select email from users where id = :id")
                .param("id", userId)
                .query(String.class)
                .optional()
                .orElse("");
    }
}
