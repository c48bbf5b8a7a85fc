/**
 * Rate limits as token buckets (Bucket4j): in-process on one node, exact across all nodes through
 * Redis when it is configured. If Redis fails, limits fall back to this node's buckets rather than
 * failing requests.
 */
@NullMarked
package io.vectort.ratelimit;

import org.jspecify.annotations.NullMarked;
