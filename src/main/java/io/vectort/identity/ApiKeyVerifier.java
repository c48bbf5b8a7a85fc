package io.vectort.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Checks the API keys of the gateway's hot path. A verified key, with its organisation and limits,
 * is cached for {@link #CACHE_TTL}, so calls do not query the database; a revocation or a change
 * of limits takes effect on this node at once and on other nodes within that time.
 */
@Service
public class ApiKeyVerifier {

    static final Duration CACHE_TTL = Duration.ofSeconds(30);
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Cache<String, Optional<ApiKeyOwner>> verified = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(CACHE_TTL)
            .build();
    private final Map<UUID, Instant> lastUsedWritten = new ConcurrentHashMap<>();

    ApiKeyVerifier(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The owner of {@code key} if it is a valid, unrevoked key. */
    public Optional<ApiKeyOwner> verify(String key) {
        if (!key.startsWith("vt_") || key.length() > 100) {
            return Optional.empty();
        }
        String hash = HexFormat.of().formatHex(ApiKeys.hash(key));
        Optional<ApiKeyOwner> owner = verified.get(hash, h -> lookup(key));
        owner.ifPresent(this::markUsed);
        return owner;
    }

    /**
     * Drops what this node remembers of an organisation's keys, after it was suspended or
     * unsuspended (other nodes see it within {@link #CACHE_TTL}).
     */
    public void forgetOrganization(UUID orgId) {
        verified.asMap()
                .entrySet()
                .removeIf(e -> e.getValue().map(o -> o.orgId().equals(orgId)).orElse(false));
    }

    /** Drops what this node remembers of a key, after it was revoked or its limits changed. */
    void forget(UUID keyId) {
        verified.asMap()
                .entrySet()
                .removeIf(e -> e.getValue().map(o -> o.keyId().equals(keyId)).orElse(false));
    }

    private Optional<ApiKeyOwner> lookup(String key) {
        return jdbc.sql("""
                        select k.id, k.org_id, k.daily_budget_micros, k.monthly_budget_micros, k.allowed_models,
                               o.suspended_at
                        from api_keys k join organizations o on o.id = k.org_id
                        where k.key_hash = :hash and k.revoked_at is null""")
                .param("hash", ApiKeys.hash(key))
                .query((rs, n) -> new ApiKeyOwner(
                        rs.getObject("id", UUID.class),
                        rs.getObject("org_id", UUID.class),
                        KeyLimits.read(rs),
                        rs.getTimestamp("suspended_at") != null))
                .optional();
    }

    /** At most one write per key per minute: "last used" is for people, not for accounting. */
    private void markUsed(ApiKeyOwner owner) {
        Instant now = Instant.now();
        Instant previous = lastUsedWritten.get(owner.keyId());
        if (previous != null && previous.plus(LAST_USED_PRECISION).isAfter(now)) {
            return;
        }
        lastUsedWritten.put(owner.keyId(), now);
        Thread.ofVirtual()
                .start(() -> jdbc.sql("update api_keys set last_used_at = now() where id = :id")
                        .param("id", owner.keyId())
                        .update());
    }
}
