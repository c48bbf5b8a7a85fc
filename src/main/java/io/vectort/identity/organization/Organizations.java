package io.vectort.identity.organization;

import io.vectort.identity.audit.Actor;
import io.vectort.identity.audit.AuditLog;
import io.vectort.shared.ConflictException;
import io.vectort.shared.DomainException;
import io.vectort.shared.ErrorCategory;
import io.vectort.shared.Ids;
import io.vectort.shared.InvalidRequestException;
import io.vectort.shared.NotFoundException;
import io.vectort.shared.Text;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, finds, renames and deletes organisations. */
@Service
public class Organizations {

    private static final String SELECT_FOR_MEMBER = """
            select o.id, o.name, o.slug, o.personal, o.created_at, o.mfa_policy, o.suspended_at, m.role,
                   (select count(*) from memberships c where c.org_id = o.id) as member_count
            from organizations o join memberships m on m.org_id = o.id and m.user_id = :user
            """;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final OrganizationProperties properties;
    private final List<OrganizationDeletionListener> deletionListeners;

    Organizations(
            JdbcClient jdbc,
            AuditLog audit,
            OrganizationProperties properties,
            List<OrganizationDeletionListener> deletionListeners) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.properties = properties;
        this.deletionListeners = deletionListeners;
    }

    /** Makes a new user's personal organisation (its id is the user's); part of registration. */
    @Transactional
    public void createPersonal(UUID userId, String email) {
        jdbc.sql("""
                        insert into organizations (id, name, slug, personal, created_by)
                        values (:id, 'Personal', :slug, true, :id)""")
                .param("id", userId)
                .param("slug", "p-" + userId.toString().replace("-", ""))
                .update();
        jdbc.sql("insert into memberships (org_id, user_id, role) values (:id, :id, 'owner')")
                .param("id", userId)
                .update();
        audit.record(
                userId, Actor.of(userId, email), "organization.created", "organization", userId.toString(), Map.of());
    }

    /** A team organisation; its creator is its first owner. */
    @Transactional
    public Organization create(UUID creatorId, String creatorEmail, String name, Optional<String> slug) {
        String cleanName = validName(name);
        long created = jdbc.sql("select count(*) from organizations where created_by = :user and not personal")
                .param("user", creatorId)
                .query(Long.class)
                .single();
        if (created >= properties.maxCreatedPerUser()) {
            throw new DomainException(
                    ErrorCategory.CONFLICT,
                    "organization-limit",
                    "You have created " + created + " organisations, the most allowed on this instance");
        }
        UUID id = Ids.newId();
        String chosenSlug = slug.map(Slugs::validated).orElseGet(() -> freeSlug(Slugs.fromName(cleanName)));
        try {
            jdbc.sql("""
                            insert into organizations (id, name, slug, personal, created_by)
                            values (:id, :name, :slug, false, :user)""")
                    .param("id", id)
                    .param("name", cleanName)
                    .param("slug", chosenSlug)
                    .param("user", creatorId)
                    .update();
        } catch (DuplicateKeyException e) {
            throw slugTaken(chosenSlug);
        }
        jdbc.sql("insert into memberships (org_id, user_id, role) values (:org, :user, 'owner')")
                .param("org", id)
                .param("user", creatorId)
                .update();
        audit.record(
                id,
                Actor.of(creatorId, creatorEmail),
                "organization.created",
                "organization",
                id.toString(),
                Map.of("name", cleanName, "slug", chosenSlug));
        return find(creatorId, id).orElseThrow();
    }

    /** The organisations a user belongs to, personal first. */
    public List<Organization> listFor(UUID userId) {
        return jdbc.sql(SELECT_FOR_MEMBER + " order by o.personal desc, lower(o.name), o.created_at")
                .param("user", userId)
                .query(Organizations::organization)
                .list();
    }

    public Organization get(Membership member) {
        return find(member.userId(), member.orgId()).orElseThrow(() -> new NotFoundException("Organization"));
    }

    @Transactional
    public Organization update(Membership member, Optional<String> name, Optional<String> slug) {
        if (member.personal() && slug.isPresent()) {
            throw personal("A personal organisation's slug cannot be changed");
        }
        Map<String, Object> changes = new HashMap<>();
        name.map(Organizations::validName).ifPresent(clean -> {
            jdbc.sql("update organizations set name = :name where id = :id")
                    .param("name", clean)
                    .param("id", member.orgId())
                    .update();
            changes.put("name", clean);
        });
        if (slug.isPresent()) {
            String clean = Slugs.validated(slug.get());
            try {
                jdbc.sql("update organizations set slug = :slug where id = :id")
                        .param("slug", clean)
                        .param("id", member.orgId())
                        .update();
            } catch (DuplicateKeyException e) {
                throw slugTaken(clean);
            }
            changes.put("slug", clean);
        }
        if (!changes.isEmpty()) {
            audit.record(
                    member.orgId(),
                    Actor.of(member),
                    "organization.updated",
                    "organization",
                    member.orgId().toString(),
                    changes);
        }
        return get(member);
    }

    /**
     * Deletes a team organisation and everything it owns. Listeners run first, in the transaction
     * (blob deletions are queued, a subscription is cancelled); the rows go by cascade.
     */
    @Transactional
    public void delete(Membership member) {
        if (member.personal()) {
            throw personal("A personal organisation goes with its account: delete the account instead");
        }
        deleteOrganization(member.orgId());
    }

    /** Deletes any organisation (also a personal one, when its account is deleted). */
    @Transactional
    public void deleteOrganization(UUID orgId) {
        jdbc.sql("select id from organizations where id = :id for update")
                .param("id", orgId)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Organization"));
        for (OrganizationDeletionListener listener : deletionListeners) {
            listener.organizationDeleting(orgId);
        }
        jdbc.sql("delete from organizations where id = :id").param("id", orgId).update();
    }

    /** The id of the organisation whose slug is {@code slug}: public addresses (published sites) name it so. */
    public Optional<UUID> idBySlug(String slug) {
        return jdbc.sql("select id from organizations where slug = :slug")
                .param("slug", slug)
                .query(UUID.class)
                .optional();
    }

    /**
     * The caller's membership in the organisation named by id or slug (the personal one when
     * empty); empty when there is no such organisation or the caller is not a member of it.
     */
    public Optional<Membership> membership(UUID userId, String email, Optional<String> reference) {
        String ref = reference.map(String::strip).filter(r -> !r.isEmpty()).orElse(userId.toString());
        Optional<UUID> asId = Ids.parse(ref);
        return jdbc.sql("""
                        select o.id, o.personal, o.mfa_policy, o.suspended_at, m.role from organizations o
                        join memberships m on m.org_id = o.id and m.user_id = :user
                        """ + (asId.isPresent() ? "where o.id = :id" : "where o.slug = :slug"))
                .param("user", userId)
                .param("id", asId.orElse(null))
                .param("slug", ref)
                .query((rs, n) -> new Membership(
                        rs.getObject("id", UUID.class),
                        rs.getBoolean("personal"),
                        userId,
                        email,
                        Role.parse(rs.getString("role")).orElseThrow(),
                        MfaPolicy.parse(rs.getString("mfa_policy")).orElseThrow(),
                        rs.getTimestamp("suspended_at") != null))
                .optional();
    }

    Optional<Organization> find(UUID userId, UUID orgId) {
        return jdbc.sql(SELECT_FOR_MEMBER + " where o.id = :org")
                .param("user", userId)
                .param("org", orgId)
                .query(Organizations::organization)
                .optional();
    }

    private String freeSlug(String base) {
        List<String> taken = jdbc.sql("select slug from organizations where slug = :base or slug like :prefix")
                .param("base", base)
                .param("prefix", base + "-%")
                .query(String.class)
                .list();
        if (!taken.contains(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String candidate = base + "-" + n;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    private static String validName(String name) {
        String clean = name.strip();
        if (clean.isEmpty() || clean.length() > 100 || Text.hasForbiddenControlCharacters(clean)) {
            throw new InvalidRequestException("name", "invalid", "must be 1 to 100 printable characters");
        }
        return clean;
    }

    private static ConflictException slugTaken(String slug) {
        return new ConflictException("slug-taken", "The slug '" + slug + "' is already used by another organisation");
    }

    static DomainException personal(String message) {
        return new DomainException(ErrorCategory.CONFLICT, "personal-organization", message);
    }

    private static Organization organization(ResultSet rs, int row) throws SQLException {
        return new Organization(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("slug"),
                rs.getBoolean("personal"),
                Role.parse(rs.getString("role")).orElseThrow(),
                rs.getInt("member_count"),
                rs.getTimestamp("created_at").toInstant(),
                MfaPolicy.parse(rs.getString("mfa_policy")).orElseThrow(),
                rs.getTimestamp("suspended_at") != null);
    }
}
