package io.vectort.identity.privacy;

import io.vectort.identity.audit.Actor;
import io.vectort.identity.audit.AuditLog;
import io.vectort.identity.organization.LastOwnerException;
import io.vectort.identity.organization.Organizations;
import io.vectort.identity.organization.Role;
import io.vectort.shared.InvalidRequestException;
import io.vectort.shared.NotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes an account and everything that is only theirs, in one transaction: the team
 * organisations where they are the only member and their personal organisation (each through
 * {@link Organizations#deleteOrganization}, so their blobs are queued for deletion and a
 * subscription is cancelled; a listener that fails undoes everything), their audit entries
 * anonymised, the account row (its memberships, sessions and Assistant data follow by cascade).
 * Team organisations that keep other members keep their data; the departure is audited there.
 */
@Service
public class AccountDeletion {

    private final JdbcClient jdbc;
    private final Organizations organizations;
    private final AuditLog audit;
    private final ExpiredDataExports exports;

    AccountDeletion(JdbcClient jdbc, Organizations organizations, AuditLog audit, ExpiredDataExports exports) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.audit = audit;
        this.exports = exports;
    }

    /**
     * Deletes the account once {@code confirmEmail} repeats its email; refused with {@code
     * last-owner} while it is the last owner of a team organisation that has other members.
     */
    @Transactional
    public void delete(UUID userId, String confirmEmail) {
        String email = jdbc.sql("select email from users where id = :user for update")
                .param("user", userId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Account"));
        if (!normalized(confirmEmail).equals(normalized(email))) {
            throw new InvalidRequestException(
                    "confirmEmail", "email-mismatch", "must repeat the account's email address, to confirm");
        }
        List<Team> teams = lockedTeams(userId);
        List<Team> blocking = teams.stream().filter(Team::needsAnotherOwner).toList();
        if (!blocking.isEmpty()) {
            throw lastOwner(blocking);
        }
        Actor actor = Actor.of(userId, email);
        for (Team team : teams) {
            if (team.members() == 1) {
                organizations.deleteOrganization(team.id());
            } else {
                audit.record(
                        team.id(),
                        actor,
                        "member.left",
                        "user",
                        userId.toString(),
                        Map.of("role", team.role(), "reason", "account.deleted"));
            }
        }
        organizations.deleteOrganization(userId); // the personal one: its id is the user's
        audit.anonymise(userId);
        jdbc.sql("delete from users where id = :user").param("user", userId).update();
        exports.deleteOrphansAfterCommit();
    }

    /**
     * The user's team organisations, locked in a fixed order (so two departures cannot deadlock)
     * before members and owners are counted: nobody joins, leaves or changes role meanwhile.
     */
    private List<Team> lockedTeams(UUID userId) {
        jdbc.sql("""
                        select o.id from organizations o join memberships m on m.org_id = o.id
                        where m.user_id = :user and not o.personal order by o.id for update of o""").param("user", userId).query(UUID.class).list();
        return jdbc.sql("""
                        select o.id, o.name, o.slug, m.role,
                               (select count(*) from memberships c where c.org_id = o.id) as members,
                               (select count(*) from memberships c where c.org_id = o.id and c.role = 'owner') as owners
                        from organizations o join memberships m on m.org_id = o.id
                        where m.user_id = :user and not o.personal order by lower(o.name), o.id""").param("user", userId).query(Team.class).list();
    }

    private static LastOwnerException lastOwner(List<Team> blocking) {
        String names = blocking.stream()
                .map(team -> team.name() + " (" + team.slug() + ")")
                .collect(Collectors.joining(", "));
        List<Map<String, Object>> named = blocking.stream()
                .map(team -> {
                    Map<String, Object> org = new LinkedHashMap<>();
                    org.put("id", team.id().toString());
                    org.put("name", team.name());
                    org.put("slug", team.slug());
                    return org;
                })
                .toList();
        return new LastOwnerException(
                "You are the last owner of " + names + ", which "
                        + (blocking.size() == 1 ? "has" : "have")
                        + " other members: make another member owner, or delete the organisation, before"
                        + " deleting your account",
                Map.of("organizations", named));
    }

    private static String normalized(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private record Team(UUID id, String name, String slug, String role, long members, long owners) {

        boolean needsAnotherOwner() {
            return role.equals(Role.OWNER.wireName()) && owners == 1 && members > 1;
        }
    }
}
