package io.vectort.billing;

import io.vectort.identity.ApiKeySpending;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What API keys spent this UTC day and month, for the keys API: the rows of {@code api_key_spend}
 * plus what this node has tallied and not written yet.
 */
@Service
class KeySpending implements ApiKeySpending {

    private final JdbcClient jdbc;
    private final KeySpendTally tally;

    KeySpending(JdbcClient jdbc, KeySpendTally tally) {
        this.jdbc = jdbc;
        this.tally = tally;
    }

    @Override
    public Map<UUID, Spent> spent(Collection<UUID> keyIds) {
        if (keyIds.isEmpty()) {
            return Map.of();
        }
        Instant now = Instant.now();
        String day = KeyBudgets.day(now);
        String month = KeyBudgets.month(now);
        Map<UUID, Spent> spent = new HashMap<>();
        for (UUID key : keyIds) {
            spent.put(key, new Spent(tally.pending(key, day), tally.pending(key, month)));
        }
        jdbc.sql("""
                        select key_id, period, spent_micros from api_key_spend
                        where key_id in (:keys) and period in (:day, :month)""")
                .param("keys", List.copyOf(keyIds))
                .param("day", day)
                .param("month", month)
                .query((rs, n) -> {
                    UUID key = rs.getObject("key_id", UUID.class);
                    long micros = rs.getLong("spent_micros");
                    Spent before = spent.get(key);
                    spent.put(
                            key,
                            rs.getString("period").equals(day)
                                    ? new Spent(before.todayMicros() + micros, before.thisMonthMicros())
                                    : new Spent(before.todayMicros(), before.thisMonthMicros() + micros));
                    return key;
                })
                .list();
        return spent;
    }
}
