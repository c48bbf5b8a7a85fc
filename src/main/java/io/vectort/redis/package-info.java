/**
 * Optional Redis for scale-out: one Lettuce client shared by the modules that have a Redis-backed
 * variant (the response cache's L2, rate limits). Without {@code VECTORT_REDIS_URL} there is no
 * client and those modules run on their in-process variants. Lettuce types stay inside the
 * implementations that use them; module APIs never expose them.
 */
@NullMarked
package io.vectort.redis;

import org.jspecify.annotations.NullMarked;
