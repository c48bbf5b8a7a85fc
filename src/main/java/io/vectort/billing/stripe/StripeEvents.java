package io.vectort.billing.stripe;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The webhook events processed so far, by Stripe's event id. */
@Component
class StripeEvents {

    private final JdbcClient jdbc;

    StripeEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the event for this transaction; false when it was processed already. A concurrent
     * delivery of the same id waits on the primary key until this transaction ends, then sees it.
     */
    boolean claim(StripeEvent event) {
        return jdbc.sql("""
                                insert into stripe_events (id, type, livemode, outcome)
                                values (:id, :type, :livemode, 'processing')
                                on conflict (id) do nothing""")
                        .param("id", event.id())
                        .param("type", event.type())
                        .param("livemode", event.livemode())
                        .update()
                == 1;
    }

    void outcome(String eventId, String outcome) {
        jdbc.sql("update stripe_events set outcome = :outcome where id = :id")
                .param("outcome", outcome)
                .param("id", eventId)
                .update();
    }
}
