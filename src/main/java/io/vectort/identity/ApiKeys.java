package io.vectort.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * API keys for the OpenAI-compatible API: {@code vt_<prefix>_<secret>}. Only a SHA-256 of the key is
 * stored; the prefix is kept to recognise a key in lists. Verification is cached for a short time,
 * so the gateway's hot path does not query the database on every call; a revocation takes effect on
 * this node at once and on other nodes within {@link #CACHE_TTL}.
 */
@Service
public class ApiKeys {

    static final Duration CACHE_TTL = Duration.ofSeconds(30);
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Cache<String, Optional<ApiKeyOwner>> verified = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(CACHE_TTL)
            .build();
    private final Map<UUID, Instant> lastUsedWritten = new ConcurrentHashMap<>();

    ApiKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The created key; {@code key} is the secret and appears only here. */
    public record CreatedKey(UUID id, String name, String prefix, String key, Instant createdAt) {}

    public record KeyInfo(UUID id, String name, String prefix, Instant createdAt, Optional<Instant> lastUsedAt) {}

    /** Who a valid key belongs to. */
    public record ApiKeyOwner(UUID keyId, UUID orgId) {}

    public CreatedKey create(UUID orgId, String name) {
        String cleanName = name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 100 || Text.hasForbiddenControlCharacters(cleanName)) {
            throw new InvalidRequestException(
                    List.of(new FieldViolation("name", "invalid", "must be 1 to 100 printable characters")));
        }
        String prefix = "vt_" + random(10);
        String key = prefix + "_" + random(32);
        UUID id = Ids.newId();
        Instant created = jdbc.sql("""
                        insert into api_keys (id, org_id, name, prefix, key_hash) values (:id, :owner, :name, :prefix, :hash)
                        returning created_at""")
                .param("id", id)
                .param("owner", orgId)
                .param("name", cleanName)
                .param("prefix", prefix)
                .param("hash", hash(key))
                .query(Timestamp.class)
                .single()
                .toInstant();
        return new CreatedKey(id, cleanName, prefix, key, created);
    }

    public List<KeyInfo> list(UUID orgId) {
        return jdbc.sql("""
                        select id, name, prefix, created_at, last_used_at from api_keys
                        where org_id = :owner and revoked_at is null order by created_at desc""")
                .param("owner", orgId)
                .query((rs, n) -> new KeyInfo(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getString("prefix"),
                        rs.getTimestamp("created_at").toInstant(),
                        Optional.ofNullable(rs.getTimestamp("last_used_at")).map(Timestamp::toInstant)))
                .list();
    }

    public void revoke(UUID orgId, UUID keyId) {
        int revoked = jdbc.sql("""
                        update api_keys set revoked_at = now()
                        where id = :id and org_id = :owner and revoked_at is null""").param("id", keyId).param("owner", orgId).update();
        if (revoked == 0) {
            throw new NotFoundException("API key");
        }
        verified.asMap()
                .entrySet()
                .removeIf(e -> e.getValue().map(o -> o.keyId().equals(keyId)).orElse(false));
    }

    /** The owner of {@code key} if it is a valid, unrevoked key. */
    public Optional<ApiKeyOwner> verify(String key) {
        if (!key.startsWith("vt_") || key.length() > 100) {
            return Optional.empty();
        }
        String hash = HexFormat.of().formatHex(hash(key));
        Optional<ApiKeyOwner> owner = verified.get(hash, h -> lookup(key));
        owner.ifPresent(this::markUsed);
        return owner;
    }

    private Optional<ApiKeyOwner> lookup(String key) {
        return jdbc.sql("select id, org_id from api_keys where key_hash = :hash and revoked_at is null")
                .param("hash", hash(key))
                .query((rs, n) -> new ApiKeyOwner(rs.getObject("id", UUID.class), rs.getObject("org_id", UUID.class)))
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

    private static String random(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }

    private static byte[] hash(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
