package io.vectort.identity.invitation;

import io.vectort.identity.audit.Actor;
import io.vectort.identity.audit.AuditLog;
import io.vectort.identity.organization.ForbiddenRoleException;
import io.vectort.identity.organization.Membership;
import io.vectort.identity.organization.OrganizationProperties;
import io.vectort.identity.organization.Role;
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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an organisation's admins do with invitations: invite an address with a role, list the pending
 * ones, withdraw one. Inviting locks the organisation's row, like every membership change, so an
 * address cannot be invited while the same person joins. Times come from the database's clock, the
 * one expiry is checked against.
 */
@Service
public class Invitations {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final OrganizationProperties properties;

    Invitations(JdbcClient jdbc, AuditLog audit, OrganizationProperties properties) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.properties = properties;
    }

    /**
     * Invites {@code email} with {@code role}; a pending invitation of the same address is replaced
     * (its link stops working). Only an owner may invite an owner.
     */
    @Transactional
    public IssuedInvitation invite(Membership inviter, String email, Role role) {
        String address = validEmail(email);
        if (inviter.personal()) {
            throw new DomainException(
                    ErrorCategory.CONFLICT,
                    "personal-organization",
                    "Nobody can be invited into a personal organisation: create a team organisation first");
        }
        if (role == Role.OWNER && inviter.role() != Role.OWNER) {
            throw new ForbiddenRoleException(Role.OWNER, inviter.role());
        }
        String normalized = normalize(address);
        String organizationName = lockOrganization(inviter.orgId());
        if (isMember(inviter.orgId(), normalized)) {
            throw new ConflictException("already-member", address + " is already a member of this organisation");
        }
        Optional<UUID> replaced = jdbc.sql("""
                        update invitations set status = 'withdrawn'
                        where org_id = :org and email_normalized = :email and status = 'pending' returning id""")
                .param("org", inviter.orgId())
                .param("email", normalized)
                .query(UUID.class)
                .optional();
        UUID id = Ids.newId();
        String token = InvitationTokens.generate();
        Invitation invitation = jdbc.sql("""
                        insert into invitations (id, org_id, email, email_normalized, role, token_hash, invited_by,
                            expires_at)
                        values (:id, :org, :email, :normalized, :role, :hash, :inviter,
                            now() + make_interval(secs => :ttl))
                        returning id, org_id, email, role, :inviterEmail as invited_by, expires_at, created_at""")
                .param("id", id)
                .param("org", inviter.orgId())
                .param("email", address)
                .param("normalized", normalized)
                .param("role", role.wireName())
                .param("hash", InvitationTokens.hash(token))
                .param("inviter", inviter.userId())
                .param("ttl", properties.invitationTtl().toSeconds())
                .param("inviterEmail", inviter.email())
                .query(Invitations::invitation)
                .single();
        Map<String, Object> details = new HashMap<>(Map.of("email", address, "role", role.wireName()));
        replaced.ifPresent(old -> details.put("replaces", old.toString()));
        audit.record(inviter.orgId(), Actor.of(inviter), "invitation.created", "invitation", id.toString(), details);
        return new IssuedInvitation(invitation, organizationName, token);
    }

    /** The invitations that can still be accepted, newest first. */
    public List<Invitation> pending(UUID orgId) {
        return jdbc.sql("""
                        select i.id, i.org_id, i.email, i.role, u.email as invited_by, i.expires_at, i.created_at
                        from invitations i left join users u on u.id = i.invited_by
                        where i.org_id = :org and i.status = 'pending' and i.expires_at > now()
                        order by i.created_at desc, i.id""").param("org", orgId).query(Invitations::invitation).list();
    }

    /** Withdraws a pending invitation: its link answers 410 from now on. */
    @Transactional
    public void withdraw(Membership admin, UUID invitationId) {
        Map<String, Object> withdrawn =
                jdbc.sql("""
                        update invitations set status = 'withdrawn'
                        where id = :id and org_id = :org and status = 'pending' returning email, role""").param("id", invitationId).param("org", admin.orgId()).query().listOfRows().stream()
                        .findFirst()
                        .orElseThrow(() -> new NotFoundException("Invitation"));
        audit.record(
                admin.orgId(),
                Actor.of(admin),
                "invitation.withdrawn",
                "invitation",
                invitationId.toString(),
                Map.of("email", withdrawn.get("email"), "role", withdrawn.get("role")));
    }

    static String normalize(String email) {
        return email.toLowerCase(Locale.ROOT);
    }

    /** Locks the organisation's row, the order every membership change takes; returns its name. */
    private String lockOrganization(UUID orgId) {
        return jdbc.sql("select name from organizations where id = :org for update")
                .param("org", orgId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Organization"));
    }

    private boolean isMember(UUID orgId, String normalizedEmail) {
        return jdbc.sql("""
                        select exists (select 1 from memberships m join users u on u.id = m.user_id
                                       where m.org_id = :org and u.email_normalized = :email)""")
                .param("org", orgId)
                .param("email", normalizedEmail)
                .query(Boolean.class)
                .single();
    }

    private static String validEmail(String email) {
        String address = email.strip();
        if (address.length() > 254
                || !EMAIL.matcher(address).matches()
                || Text.hasForbiddenControlCharacters(address)) {
            throw new InvalidRequestException("email", "invalid-email", "must be a valid email address");
        }
        return address;
    }

    private static Invitation invitation(ResultSet rs, int row) throws SQLException {
        return new Invitation(
                rs.getObject("id", UUID.class),
                rs.getObject("org_id", UUID.class),
                rs.getString("email"),
                Role.parse(rs.getString("role")).orElseThrow(),
                Optional.ofNullable(rs.getString("invited_by")),
                rs.getTimestamp("expires_at").toInstant(),
                rs.getTimestamp("created_at").toInstant());
    }
}
