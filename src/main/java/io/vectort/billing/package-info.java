/**
 * Plans, credits and payments: the append-only credit ledger (reserve, then settle on real usage
 * or release), billing accounts, monthly grants, usage reports, and Stripe. Every ledger operation
 * is idempotent by key and runs in the caller's transaction, so a generation's status and its
 * charge commit together.
 */
@NullMarked
package io.vectort.billing;

import org.jspecify.annotations.NullMarked;
