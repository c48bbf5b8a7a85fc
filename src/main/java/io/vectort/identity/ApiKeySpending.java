package io.vectort.identity;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** What API keys spent, answered by billing (which identity must not depend on). */
public interface ApiKeySpending {

    /**
     * Spent by one key in the current UTC day and month, in micro-USD. While a budget applies, a
     * call in progress counts at its maximum cost until it ends.
     */
    record Spent(long todayMicros, long thisMonthMicros) {

        public static final Spent NOTHING = new Spent(0, 0);
    }

    /** The spending of each of {@code keyIds}; keys that spent nothing may be missing. */
    Map<UUID, Spent> spent(Collection<UUID> keyIds);
}
