/**
 * The response cache: exact lookups through three layers (L1 Caffeine in this process, L2 Redis
 * shared by the nodes when configured, L3 a PostgreSQL archive) and, for organisations that opt
 * in, similar-prompt lookups for Builder requests (embedding cosine plus a conservative lexical
 * guard). Every entry belongs to one scope (the owning organisation) and is never served to
 * another. Cache failures never fail a request: a layer that cannot answer is a miss. Hides the
 * layers, the tables, the Redis connection and the in-memory counters that are flushed in
 * batches; callers see {@link io.vectort.cache.ResponseCache} and its value types.
 */
@NullMarked
package io.vectort.cache;

import org.jspecify.annotations.NullMarked;
