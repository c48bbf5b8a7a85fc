package io.vectort.identity.privacy;

import io.vectort.identity.AuthenticatedUser;
import io.vectort.identity.UserAccounts;
import io.vectort.identity.audit.AuditEntry;
import io.vectort.identity.audit.AuditLog;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The account itself in an export: {@code account.json}, {@code memberships.json} (every
 * organisation and role), {@code api-keys.json} (the personal organisation's keys, never their
 * secrets, which are not stored) and {@code audit.json} (every audit entry by or about the user,
 * in any organisation).
 */
@Component
@Order(0)
class AccountData implements PersonalDataContributor {

    private final JdbcClient jdbc;
    private final UserAccounts accounts;
    private final AuditLog audit;

    AccountData(JdbcClient jdbc, UserAccounts accounts, AuditLog audit) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    public String name() {
        return "account";
    }

    @Override
    public void write(UUID userId, ExportSink sink) {
        Map<String, Object> account =
                ExportRows.row(jdbc.sql("select id, email, created_at from users where id = :user")
                        .param("user", userId)
                        .query()
                        .singleRow());
        AuthenticatedUser user = new AuthenticatedUser(userId, (String) account.get("email"));
        account.put("platformAdmin", accounts.isPlatformAdmin(user));
        sink.json("account.json", account);
        sink.json(
                "memberships.json",
                ExportRows.of(jdbc.sql("""
                                select o.id as organization_id, o.name, o.slug, o.personal, m.role,
                                       m.created_at as joined_at
                                from memberships m join organizations o on o.id = m.org_id
                                where m.user_id = :user order by o.personal desc, m.created_at""").param("user", userId).query().listOfRows()));
        sink.json(
                "api-keys.json",
                ExportRows.of(jdbc.sql("""
                                select id, name, prefix, created_at, last_used_at, revoked_at
                                from api_keys where org_id = :user order by created_at""").param("user", userId).query().listOfRows()));
        sink.json(
                "audit.json",
                audit.about(userId).stream().map(AccountData::entry).toList());
    }

    private static Map<String, Object> entry(AuditEntry entry) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", entry.id());
        view.put("organizationId", entry.orgId());
        view.put("occurredAt", entry.occurredAt());
        Map<String, Object> actor = new LinkedHashMap<>();
        actor.put("userId", entry.actorId().orElse(null));
        actor.put("email", entry.actorEmail().orElse(null));
        view.put("actor", actor);
        view.put("action", entry.action());
        view.put("targetType", entry.targetType().orElse(null));
        view.put("targetId", entry.targetId().orElse(null));
        view.put("details", entry.details());
        view.put("clientAddress", entry.clientAddress().orElse(null));
        view.put("requestId", entry.requestId().orElse(null));
        return view;
    }
}
