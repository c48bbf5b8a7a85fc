package io.vectort.identity;

import io.vectort.identity.audit.Actor;
import io.vectort.identity.audit.AuditLog;
import io.vectort.identity.organization.Membership;
import io.vectort.shared.FieldViolation;
import io.vectort.shared.Ids;
import io.vectort.shared.InvalidRequestException;
import io.vectort.shared.NotFoundException;
import io.vectort.shared.Text;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An organisation's API keys for the OpenAI-compatible API: {@code vt_<prefix>_<secret>}. Only a
 * SHA-256 of the key is stored; the prefix is kept to recognise a key in lists. Every change is
 * audited in its own transaction; {@link ApiKeyVerifier} checks keys on the hot path.
 */
@Service
public class ApiKeys {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final ApiKeyVerifier verifier;
    private final ApiKeySpending spending;
    private final AuditLog audit;

    ApiKeys(JdbcClient jdbc, ApiKeyVerifier verifier, ApiKeySpending spending, AuditLog audit) {
        this.jdbc = jdbc;
        this.verifier = verifier;
        this.spending = spending;
        this.audit = audit;
    }

    /** The created key; {@code key} is the secret and appears only here. */
    public record CreatedKey(UUID id, String name, String prefix, String key, Instant createdAt, KeyLimits limits) {}

    /** A key as its organisation's admins see it; {@code createdBy} is the creator's email. */
    public record KeyInfo(
            UUID id,
            String name,
            String prefix,
            Instant createdAt,
            Optional<Instant> lastUsedAt,
            Optional<String> createdBy,
            KeyLimits limits,
            ApiKeySpending.Spent spent) {}

    @Transactional
    public CreatedKey create(Membership member, String name, KeyLimits limits) {
        String cleanName = name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 100 || Text.hasForbiddenControlCharacters(cleanName)) {
            throw new InvalidRequestException(
                    List.of(new FieldViolation("name", "invalid", "must be 1 to 100 printable characters")));
        }
        KeyLimits checked = KeyLimitRules.validated(limits);
        String prefix = "vt_" + random(10);
        String key = prefix + "_" + random(32);
        UUID id = Ids.newId();
        Instant created = jdbc.sql("""
                        insert into api_keys (id, org_id, name, prefix, key_hash, created_by, daily_budget_micros,
                                              monthly_budget_micros, allowed_models)
                        values (:id, :org, :name, :prefix, :hash, :user, :daily, :monthly, :models)
                        returning created_at""")
                .param("id", id)
                .param("org", member.orgId())
                .param("name", cleanName)
                .param("prefix", prefix)
                .param("hash", hash(key))
                .param("user", member.userId())
                .params(checked.columns())
                .query(Timestamp.class)
                .single()
                .toInstant();
        Map<String, Object> details = new LinkedHashMap<>(Map.of("name", cleanName, "prefix", prefix));
        details.putAll(checked.describe());
        audit.record(member.orgId(), Actor.of(member), "api_key.created", "api_key", id.toString(), details);
        return new CreatedKey(id, cleanName, prefix, key, created, checked);
    }

    public List<KeyInfo> list(UUID orgId) {
        return withSpending(select(orgId, Optional.empty()));
    }

    /** Changes a key's budgets and models (read, changed and written under the row's lock). */
    @Transactional
    public KeyInfo update(Membership member, UUID keyId, UnaryOperator<KeyLimits> change) {
        KeyLimits before = jdbc.sql("""
                        select daily_budget_micros, monthly_budget_micros, allowed_models from api_keys
                        where id = :id and org_id = :org and revoked_at is null for update""")
                .param("id", keyId)
                .param("org", member.orgId())
                .query((rs, n) -> KeyLimits.read(rs))
                .optional()
                .orElseThrow(() -> new NotFoundException("API key"));
        KeyLimits after = KeyLimitRules.validated(change.apply(before));
        if (!after.equals(before)) {
            jdbc.sql("""
                            update api_keys set daily_budget_micros = :daily, monthly_budget_micros = :monthly,
                                                allowed_models = :models
                            where id = :id""").param("id", keyId).params(after.columns()).update();
            audit.record(
                    member.orgId(),
                    Actor.of(member),
                    "api_key.updated",
                    "api_key",
                    keyId.toString(),
                    Map.of("from", before.describe(), "to", after.describe()));
            forgetAfterCommit(keyId);
        }
        return withSpending(select(member.orgId(), Optional.of(keyId))).getFirst();
    }

    @Transactional
    public void revoke(Membership member, UUID keyId) {
        Map<String, Object> revoked =
                jdbc.sql("""
                        update api_keys set revoked_at = now()
                        where id = :id and org_id = :org and revoked_at is null
                        returning name, prefix""").param("id", keyId).param("org", member.orgId()).query().listOfRows().stream()
                        .findFirst()
                        .orElseThrow(() -> new NotFoundException("API key"));
        audit.record(member.orgId(), Actor.of(member), "api_key.revoked", "api_key", keyId.toString(), revoked);
        forgetAfterCommit(keyId);
    }

    private List<KeyInfo> select(UUID orgId, Optional<UUID> only) {
        return jdbc.sql("""
                        select k.id, k.name, k.prefix, k.created_at, k.last_used_at, u.email as created_by,
                               k.daily_budget_micros, k.monthly_budget_micros, k.allowed_models
                        from api_keys k left join users u on u.id = k.created_by
                        where k.org_id = :org and k.revoked_at is null and (cast(:only as uuid) is null or k.id = :only)
                        order by k.created_at desc""")
                .param("org", orgId)
                .param("only", only.orElse(null))
                .query((rs, n) -> new KeyInfo(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getString("prefix"),
                        rs.getTimestamp("created_at").toInstant(),
                        Optional.ofNullable(rs.getTimestamp("last_used_at")).map(Timestamp::toInstant),
                        Optional.ofNullable(rs.getString("created_by")),
                        KeyLimits.read(rs),
                        ApiKeySpending.Spent.NOTHING))
                .list();
    }

    private List<KeyInfo> withSpending(List<KeyInfo> keys) {
        if (keys.isEmpty()) {
            return keys;
        }
        Map<UUID, ApiKeySpending.Spent> spent =
                spending.spent(keys.stream().map(KeyInfo::id).toList());
        return keys.stream()
                .map(k -> new KeyInfo(
                        k.id(),
                        k.name(),
                        k.prefix(),
                        k.createdAt(),
                        k.lastUsedAt(),
                        k.createdBy(),
                        k.limits(),
                        spent.getOrDefault(k.id(), ApiKeySpending.Spent.NOTHING)))
                .toList();
    }

    /**
     * Other requests must not reload the old row into the verifier's cache between the forgetting
     * and the commit: forget once the change is visible.
     */
    private void forgetAfterCommit(UUID keyId) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                verifier.forget(keyId);
            }
        });
    }

    private static String random(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }

    static byte[] hash(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
