package io.vectort.identity.invitation;

import io.vectort.identity.AuthenticatedUser;
import io.vectort.identity.audit.Actor;
import io.vectort.identity.audit.AuditLog;
import io.vectort.identity.organization.Members;
import io.vectort.identity.organization.Role;
import io.vectort.shared.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the holder of an invitation link can do: see what it invites to, and accept it. A link is
 * single-use: accepting adds the membership and marks the invitation accepted in one transaction,
 * under a lock on the invitation's row, so two accepts at the same moment add one membership.
 */
@Service
public class InvitationAcceptance {

    private static final String SELECT = """
            select i.id, i.org_id, i.email, i.email_normalized, i.role, i.expires_at,
                   i.status = 'pending' and i.expires_at > now() as usable, o.name, o.slug
            from invitations i join organizations o on o.id = i.org_id
            """;

    private final JdbcClient jdbc;
    private final Members members;
    private final AuditLog audit;

    InvitationAcceptance(JdbcClient jdbc, Members members, AuditLog audit) {
        this.jdbc = jdbc;
        this.members = members;
        this.audit = audit;
    }

    /** What {@code token} invites to; the address is masked unless {@code user} is the invited person. */
    public InvitationPreview preview(String token, AuthenticatedUser user) {
        Stored invitation = find(token).orElseThrow(() -> new NotFoundException("Invitation"));
        if (!invitation.usable()) {
            throw new InvitationExpiredException();
        }
        String email = invitation.isFor(user)
                ? invitation.email()
                : InvitationEmailMismatchException.masked(invitation.email());
        return new InvitationPreview(
                invitation.orgId(),
                invitation.orgName(),
                invitation.orgSlug(),
                invitation.role(),
                email,
                invitation.expiresAt());
    }

    /**
     * Makes {@code user} a member with the invited role and uses the link up; returns the
     * organisation's id. Only the invited address may accept.
     */
    @Transactional
    public UUID accept(String token, AuthenticatedUser user) {
        Stored found = find(token).orElseThrow(() -> new NotFoundException("Invitation"));
        // The organisation first, then the invitation: the order membership changes and deleting an
        // organisation lock in, so an accept racing a deletion waits instead of deadlocking.
        jdbc.sql("select id from organizations where id = :org for update")
                .param("org", found.orgId())
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Invitation"));
        Stored invitation = jdbc.sql(SELECT + " where i.id = :id for update of i")
                .param("id", found.id())
                .query(InvitationAcceptance::stored)
                .optional()
                .orElseThrow(() -> new NotFoundException("Invitation"));
        if (!invitation.usable()) {
            throw new InvitationExpiredException();
        }
        if (!invitation.isFor(user)) {
            throw new InvitationEmailMismatchException(invitation.email());
        }
        String id = invitation.id().toString();
        members.add(
                invitation.orgId(),
                user.id(),
                invitation.role(),
                Actor.of(user),
                Map.of("role", invitation.role().wireName(), "email", user.email(), "invitationId", id));
        jdbc.sql("""
                        update invitations set status = 'accepted', accepted_at = now(), accepted_by = :user
                        where id = :id""").param("user", user.id()).param("id", invitation.id()).update();
        audit.record(
                invitation.orgId(),
                Actor.of(user),
                "invitation.accepted",
                "invitation",
                id,
                Map.of("email", invitation.email(), "role", invitation.role().wireName(), "userId", user.id()));
        return invitation.orgId();
    }

    private Optional<Stored> find(String token) {
        if (!InvitationTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " where i.token_hash = :hash")
                .param("hash", InvitationTokens.hash(token))
                .query(InvitationAcceptance::stored)
                .optional();
    }

    private static Stored stored(ResultSet rs, int row) throws SQLException {
        return new Stored(
                rs.getObject("id", UUID.class),
                rs.getObject("org_id", UUID.class),
                rs.getString("name"),
                rs.getString("slug"),
                rs.getString("email"),
                rs.getString("email_normalized"),
                Role.parse(rs.getString("role")).orElseThrow(),
                rs.getTimestamp("expires_at").toInstant(),
                rs.getBoolean("usable"));
    }

    private record Stored(
            UUID id,
            UUID orgId,
            String orgName,
            String orgSlug,
            String email,
            String emailNormalized,
            Role role,
            Instant expiresAt,
            boolean usable) {

        boolean isFor(AuthenticatedUser user) {
            return emailNormalized.equals(Invitations.normalize(user.email().strip()));
        }
    }
}
