/**
 * The admin console for the platform's administrators: usage and cost per organisation and model,
 * margins against credits charged, generation patterns, feature usage, live health, and actions
 * on organisations (plan, credits, suspension; every one audited). Pages read daily rollups
 * (tables {@code console_*}) that a recurring job fills by a watermark, never the raw logs.
 * Features that nothing may depend on (the Builder, the Assistant) feed the rollups through the
 * {@link io.vectort.console.RollupSource} SPI, implemented from their own tables.
 */
@NullMarked
package io.vectort.console;

import org.jspecify.annotations.NullMarked;
