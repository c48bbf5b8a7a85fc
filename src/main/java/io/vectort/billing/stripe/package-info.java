/**
 * Payments through Stripe: Checkout Sessions for credit packs and plan subscriptions, and the
 * webhook that fulfils them. The Stripe SDK stays inside this package (only {@link
 * io.vectort.billing.stripe.StripeApi} talks to it); the public API is {@link
 * io.vectort.billing.stripe.Checkouts} and {@link io.vectort.billing.stripe.StripeWebhooks}, in
 * Vectort's own types. Fulfilment trusts what Vectort stored when it created a session, never the
 * amounts in a webhook payload, and every processed event id is recorded in the transaction of its
 * effect, so Stripe's at-least-once delivery credits each purchase exactly once.
 */
@NullMarked
package io.vectort.billing.stripe;

import org.jspecify.annotations.NullMarked;
