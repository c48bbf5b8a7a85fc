package io.vectort.billing.stripe;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The checkout sessions Vectort created: what each one sells, to whom, and whether it was fulfilled. */
@Component
class CheckoutSessions {

    private final JdbcClient jdbc;

    CheckoutSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String id, UUID userId, Offer offer, Instant expiresAt) {
        jdbc.sql("""
                        insert into stripe_checkout_sessions (id, org_id, kind, pack, plan_id, credits_micros,
                            amount_cents, expires_at)
                        values (:id, :user, :kind, :pack, :plan, :micros, :cents, :expires)""")
                .param("id", id)
                .param("user", userId)
                .param("kind", offer.kind())
                .param("pack", offer instanceof Offer.Pack ? offer.name() : null)
                .param("plan", offer instanceof Offer.Subscription ? offer.name() : null)
                .param("micros", offer instanceof Offer.Pack pack ? pack.micros() : 0L)
                .param("cents", offer instanceof Offer.Pack pack ? pack.cents() : null)
                .param("expires", Timestamp.from(expiresAt))
                .update();
    }

    Optional<Stored> find(String id) {
        return jdbc.sql("select * from stripe_checkout_sessions where id = :id")
                .param("id", id)
                .query((rs, n) -> new Stored(
                        rs.getString("id"),
                        rs.getObject("org_id", UUID.class),
                        rs.getString("kind"),
                        rs.getString("pack"),
                        rs.getString("plan_id"),
                        rs.getLong("credits_micros")))
                .optional();
    }

    /**
     * Marks the session fulfilled; false when it was already, so that two different events about
     * one session (completed, then async payment succeeded) fulfil it once. The row stays locked
     * until the caller's transaction ends.
     */
    boolean complete(String id, @Nullable String subscriptionId) {
        return jdbc.sql("""
                                update stripe_checkout_sessions
                                set status = 'completed', completed_at = now(), subscription_id = :subscription
                                where id = :id and status <> 'completed'""")
                        .param("id", id)
                        .param("subscription", subscriptionId)
                        .update()
                == 1;
    }

    boolean expire(String id) {
        return jdbc.sql("update stripe_checkout_sessions set status = 'expired' where id = :id and status = 'open'")
                        .param("id", id)
                        .update()
                == 1;
    }

    /** A stored session; {@code pack} or {@code planId} is set, by {@code kind}. */
    record Stored(
            String id,
            UUID userId,
            String kind,
            @Nullable String pack,
            @Nullable String planId,
            long creditsMicros) {}
}
