/**
 * HTTP endpoints of payments: {@code POST /api/v1/credits/purchase} starts a Stripe Checkout, and
 * the public {@code POST /api/v1/stripe/webhook} receives Stripe's signed events.
 */
@NullMarked
package io.vectort.billing.stripe.web;

import org.jspecify.annotations.NullMarked;
