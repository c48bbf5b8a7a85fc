package io.vectort.console;

import java.time.Instant;

/**
 * A feature's contribution to the console's daily rollups. The rollup job calls {@link #rows} with
 * consecutive windows, each exactly once (the window and the watermark commit together), inside
 * its transaction: an implementation reads its own tables through an index on the time column,
 * and counts a row in the window that holds its time (its creation or its end, as it documents).
 */
public interface RollupSource {

    /** Names the watermark of this source: stable across releases. */
    String name();

    /** What happened in {@code [from, to)}, summed per UTC day. */
    RollupRows rows(Instant from, Instant to);
}
