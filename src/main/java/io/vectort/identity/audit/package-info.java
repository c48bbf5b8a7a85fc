/**
 * The audit log: an append-only record per organisation of who changed what, from where, written
 * in the transaction of the change it records, so there is no change without its entry.
 */
@NullMarked
package io.vectort.identity.audit;

import org.jspecify.annotations.NullMarked;
