package io.vectort.assistant.push;

import io.vectort.database.InstanceSettings;
import io.vectort.shared.ConflictException;
import io.vectort.shared.FieldViolation;
import io.vectort.shared.Ids;
import io.vectort.shared.InvalidRequestException;
import io.vectort.shared.NotFoundException;
import io.vectort.shared.net.OutboundPolicy;
import io.vectort.shared.net.RefusedDestinationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A user's push subscriptions: validated, owned (another user's id is not found), the secret sealed. */
@Component
public class PushSubscriptions {

    static final int MAX_ENDPOINT_LENGTH = 2048;
    static final int MAX_USER_AGENT_LENGTH = 300;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final InstanceSettings sealer;
    private final OutboundPolicy outbound;
    private final PushProperties properties;

    PushSubscriptions(
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            InstanceSettings sealer,
            OutboundPolicy outbound,
            PushProperties properties) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.sealer = sealer;
        this.outbound = outbound;
        this.properties = properties;
    }

    /** What the browser's {@code PushSubscription.toJSON()} gives, and its user agent. */
    public record Subscribe(
            @Nullable String endpoint,
            @Nullable String p256dh,
            @Nullable String auth,
            @Nullable String userAgent) {}

    /** The stored subscription and whether this call created it (else it updated the same endpoint). */
    public record Subscribed(PushSubscription subscription, boolean created) {}

    public Subscribed subscribe(UUID userId, Subscribe request) {
        URI endpoint = validEndpoint(request.endpoint());
        String p256dh = request.p256dh() == null ? "" : request.p256dh().strip();
        String auth = request.auth() == null ? "" : request.auth().strip();
        List<FieldViolation> violations = new ArrayList<>();
        if (!BrowserKeys.isPublicKey(p256dh)) {
            violations.add(new FieldViolation(
                    "keys.p256dh", "invalid-key", "must be the browser's P-256 public key (65 bytes, base64url)"));
        }
        if (BrowserKeys.decode(auth).length != 16) {
            violations.add(new FieldViolation("keys.auth", "invalid-key", "must be 16 bytes, base64url"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        String userAgent = request.userAgent() == null
                ? null
                : request.userAgent()
                        .strip()
                        .substring(0, Math.min(request.userAgent().strip().length(), MAX_USER_AGENT_LENGTH));
        String url = endpoint.toString();
        String sealed = sealer.seal(sealContext(userId, url), auth);
        return transaction.execute(status -> {
            // Serialises one user's subscribes, so the limit holds under concurrent requests.
            jdbc.sql("select id from users where id = :user for update")
                    .param("user", userId)
                    .query()
                    .listOfRows();
            boolean exists = jdbc.sql(
                                    "select count(*) from assistant_push_subscriptions where user_id = :user and endpoint = :endpoint")
                            .param("user", userId)
                            .param("endpoint", url)
                            .query(Long.class)
                            .single()
                    > 0;
            if (!exists && count(userId) >= properties.maxSubscriptionsPerUser()) {
                throw new ConflictException(
                        "too-many-push-subscriptions",
                        "At most " + properties.maxSubscriptionsPerUser()
                                + " devices can receive push; turn it off on one you no longer use");
            }
            UUID id = jdbc.sql("""
                            insert into assistant_push_subscriptions (id, user_id, endpoint, p256dh, auth_sealed, user_agent)
                            values (:id, :user, :endpoint, :p256dh, :auth, :agent)
                            on conflict (user_id, endpoint) do update
                                set p256dh = excluded.p256dh, auth_sealed = excluded.auth_sealed,
                                    user_agent = excluded.user_agent, updated_at = now(),
                                    last_failure_at = null, last_failure_status = null
                            returning id""")
                    .param("id", Ids.newId())
                    .param("user", userId)
                    .param("endpoint", url)
                    .param("p256dh", p256dh)
                    .param("auth", sealed)
                    .param("agent", userAgent)
                    .query(UUID.class)
                    .single();
            return new Subscribed(find(userId, id), !exists);
        });
    }

    public List<PushSubscription> list(UUID userId) {
        return jdbc.sql("select * from assistant_push_subscriptions where user_id = :user order by created_at, id")
                .param("user", userId)
                .query(this::map)
                .list();
    }

    public PushSubscription find(UUID userId, UUID id) {
        return jdbc.sql("select * from assistant_push_subscriptions where user_id = :user and id = :id")
                .param("user", userId)
                .param("id", id)
                .query(this::map)
                .optional()
                .orElseThrow(() -> new NotFoundException("Push subscription"));
    }

    public void delete(UUID userId, UUID id) {
        int deleted = jdbc.sql("delete from assistant_push_subscriptions where user_id = :user and id = :id")
                .param("user", userId)
                .param("id", id)
                .update();
        if (deleted == 0) {
            throw new NotFoundException("Push subscription");
        }
    }

    boolean any(UUID userId) {
        return jdbc.sql("select exists (select 1 from assistant_push_subscriptions where user_id = :user)")
                .param("user", userId)
                .query(Boolean.class)
                .single();
    }

    /** The push service said this browser is gone (404/410): it will never accept a push again. */
    void forget(UUID id) {
        jdbc.sql("delete from assistant_push_subscriptions where id = :id")
                .param("id", id)
                .update();
    }

    void recordSuccess(UUID id) {
        jdbc.sql("update assistant_push_subscriptions set last_success_at = now() where id = :id")
                .param("id", id)
                .update();
    }

    void recordFailure(UUID id, int status) {
        jdbc.sql(
                        "update assistant_push_subscriptions set last_failure_at = now(), last_failure_status = :status where id = :id")
                .param("status", status)
                .param("id", id)
                .update();
    }

    private long count(UUID userId) {
        return jdbc.sql("select count(*) from assistant_push_subscriptions where user_id = :user")
                .param("user", userId)
                .query(Long.class)
                .single();
    }

    private URI validEndpoint(@Nullable String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty() || text.length() > MAX_ENDPOINT_LENGTH) {
            throw new InvalidRequestException(
                    "endpoint", "invalid-endpoint", "must be the push service's URL, at most 2048 characters");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new InvalidRequestException("endpoint", "invalid-endpoint", "is not a URL");
        }
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getRawFragment() != null) {
            throw new InvalidRequestException("endpoint", "invalid-endpoint", "must be an absolute https URL");
        }
        try {
            outbound.check(uri);
        } catch (RefusedDestinationException e) {
            throw new InvalidRequestException("endpoint", "destination-refused", e.getMessage());
        }
        return uri;
    }

    // The sealed secret is bound to its owner and endpoint: a row copied elsewhere cannot be opened.
    private static String sealContext(UUID userId, String endpoint) {
        return "assistant.push.auth:" + userId + ":" + endpoint;
    }

    private PushSubscription map(ResultSet rs, int row) throws SQLException {
        UUID userId = rs.getObject("user_id", UUID.class);
        String endpoint = rs.getString("endpoint");
        return new PushSubscription(
                rs.getObject("id", UUID.class),
                userId,
                endpoint,
                rs.getString("p256dh"),
                sealer.open(sealContext(userId, endpoint), rs.getString("auth_sealed")),
                rs.getString("user_agent"),
                rs.getTimestamp("created_at").toInstant(),
                instant(rs.getTimestamp("last_success_at")),
                instant(rs.getTimestamp("last_failure_at")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
