package io.vectort.billing.stripe;

import io.vectort.billing.Money;
import java.math.BigDecimal;

/** What a checkout sells: a one-off credit pack or a plan subscription. */
sealed interface Offer {

    /** The pack name or plan id, as the buyer asked for it. */
    String name();

    /** {@code pack} or {@code plan}, as stored with the session. */
    String kind();

    record Pack(String name, BigDecimal usd, long credits) implements Offer {

        @Override
        public String kind() {
            return "pack";
        }

        long micros() {
            return Math.multiplyExact(credits, Money.MICROS_PER_CREDIT);
        }

        /** Stripe counts in the currency's smallest unit; the properties allow at most cents. */
        long cents() {
            return usd.movePointRight(2).longValueExact();
        }
    }

    record Subscription(String name, String priceId) implements Offer {

        @Override
        public String kind() {
            return "plan";
        }
    }
}
