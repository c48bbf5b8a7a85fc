package io.vectort.generation.connections;

import io.vectort.database.InstanceSettings;
import io.vectort.identity.audit.Actor;
import io.vectort.identity.audit.AuditLog;
import io.vectort.identity.organization.Membership;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The rows of {@code organization_connections}; every change commits with its audit entry. */
@Component
class ConnectionStore {

    private final JdbcClient jdbc;
    private final InstanceSettings sealing;
    private final AuditLog audit;

    ConnectionStore(JdbcClient jdbc, InstanceSettings sealing, AuditLog audit) {
        this.jdbc = jdbc;
        this.sealing = sealing;
        this.audit = audit;
    }

    /** The sealing context binds a token to its organisation and kind: it opens nowhere else. */
    static String context(UUID orgId, ConnectionKind kind) {
        return "connection:" + orgId + ":" + kind.wireName();
    }

    List<Connection> list(UUID orgId) {
        return jdbc.sql("select * from organization_connections where org_id = :org order by kind")
                .param("org", orgId)
                .query(ConnectionStore::connection)
                .list();
    }

    Optional<String> token(UUID orgId, ConnectionKind kind) {
        return jdbc.sql("select token_sealed from organization_connections where org_id = :org and kind = :kind")
                .param("org", orgId)
                .param("kind", kind.wireName())
                .query(String.class)
                .optional()
                .map(stored -> sealing.open(context(orgId, kind), stored));
    }

    @Transactional
    Connection save(
            Membership member,
            ConnectionKind kind,
            String token,
            Optional<String> account,
            List<String> scopes,
            ConnectionMethod method) {
        Connection saved = jdbc.sql("""
                        insert into organization_connections
                            (org_id, kind, token_sealed, token_hint, account, scopes, created_by)
                        values (:org, :kind, :sealed, :hint, :account, :scopes, :user)
                        on conflict (org_id, kind) do update set token_sealed = excluded.token_sealed,
                            token_hint = excluded.token_hint, account = excluded.account,
                            scopes = excluded.scopes, created_by = excluded.created_by, created_at = now()
                        returning *""")
                .param("org", member.orgId())
                .param("kind", kind.wireName())
                .param("sealed", sealing.seal(context(member.orgId(), kind), token))
                .param("hint", hint(token))
                .param("account", account.orElse(null))
                .param("scopes", scopes.isEmpty() ? null : String.join(",", scopes))
                .param("user", member.userId())
                .query(ConnectionStore::connection)
                .single();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", kind.wireName());
        account.ifPresent(login -> details.put("account", login));
        details.put("tokenHint", saved.tokenHint());
        details.put("method", method.wireName());
        audit.record(member.orgId(), Actor.of(member), "connection.connected", "connection", kind.wireName(), details);
        return saved;
    }

    @Transactional
    boolean delete(Membership member, ConnectionKind kind) {
        int deleted = jdbc.sql("delete from organization_connections where org_id = :org and kind = :kind")
                .param("org", member.orgId())
                .param("kind", kind.wireName())
                .update();
        if (deleted > 0) {
            audit.record(
                    member.orgId(),
                    Actor.of(member),
                    "connection.revoked",
                    "connection",
                    kind.wireName(),
                    Map.of("kind", kind.wireName()));
        }
        return deleted > 0;
    }

    /** The last four characters: enough to tell two tokens apart, useless to an attacker. */
    static String hint(String token) {
        return "…" + token.substring(Math.max(0, token.length() - 4));
    }

    private static Connection connection(ResultSet row, int n) throws SQLException {
        String scopes = row.getString("scopes");
        String createdBy = row.getString("created_by");
        return new Connection(
                ConnectionKind.parse(row.getString("kind")).orElseThrow(),
                row.getString("token_hint"),
                Optional.ofNullable(row.getString("account")),
                scopes == null ? List.of() : Arrays.asList(scopes.split(",")),
                Optional.ofNullable(createdBy).map(UUID::fromString),
                row.getTimestamp("created_at").toInstant());
    }
}
