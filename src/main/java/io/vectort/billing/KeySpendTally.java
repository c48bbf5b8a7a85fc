package io.vectort.billing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What API keys spent outside their budgets, added up in memory and written to {@code
 * api_key_spend} every flush interval in one batch: the call's path stays free of database writes.
 * What a node spent since its last flush is lost if it dies; it is a record for people, not money.
 */
@Component
class KeySpendTally implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(KeySpendTally.class);

    /** In this order rows are locked, the same as reservations lock them (day rows before months). */
    private static final Comparator<Entry> LOCK_ORDER =
            Comparator.comparing(Entry::keyId).thenComparing(Entry::period);

    private record Entry(UUID keyId, String period) {}

    private final JdbcTemplate batch;
    private final BillingProperties properties;
    private final Map<Entry, Long> pending = new ConcurrentHashMap<>();
    private volatile boolean running;
    private Thread flusher = Thread.ofVirtual().unstarted(() -> {});

    KeySpendTally(JdbcTemplate batch, BillingProperties properties) {
        this.batch = batch;
        this.properties = properties;
    }

    /** Adds {@code micros} (negative to take back) to a key's period. */
    void add(UUID keyId, String period, long micros) {
        if (micros != 0) {
            pending.merge(new Entry(keyId, period), micros, Long::sum);
        }
    }

    /** What this node has not written yet. */
    long pending(UUID keyId, String period) {
        return pending.getOrDefault(new Entry(keyId, period), 0L);
    }

    void flush() {
        List<Entry> entries = new ArrayList<>(pending.keySet());
        write(entries);
    }

    /**
     * Writes at once what this node tallied for some periods of one key: a key that just got a
     * budget must have its earlier spending in the row the budget is checked against.
     */
    void flush(UUID keyId, List<String> periods) {
        List<Entry> entries = new ArrayList<>();
        for (String period : periods) {
            Entry entry = new Entry(keyId, period);
            if (pending.containsKey(entry)) {
                entries.add(entry);
            }
        }
        write(entries);
    }

    private void write(List<Entry> entries) {
        entries.sort(LOCK_ORDER);
        Map<Entry, Long> taken = new LinkedHashMap<>();
        for (Entry entry : entries) {
            Long micros = pending.remove(entry);
            if (micros != null && micros != 0) {
                taken.put(entry, micros);
            }
        }
        if (taken.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(taken.size());
        taken.forEach((entry, micros) -> rows.add(new Object[] {entry.period(), micros, entry.keyId(), micros}));
        try {
            // The join skips keys deleted meanwhile (with their organisation) instead of failing the batch.
            batch.batchUpdate("""
                    insert into api_key_spend as s (key_id, period, spent_micros)
                    select id, cast(? as text), greatest(0, cast(? as bigint)) from api_keys where id = ?
                    on conflict (key_id, period) do update set spent_micros = greatest(0, s.spent_micros + cast(? as bigint))""", rows);
        } catch (RuntimeException e) {
            log.warn(
                    "Could not write the spending of {} API keys, retrying at the next flush: {}",
                    rows.size(),
                    e.toString());
            taken.forEach((entry, micros) -> pending.merge(entry, micros, Long::sum));
        }
    }

    @Override
    public void start() {
        running = true;
        flusher = Thread.ofVirtual().name("key-spend-flush").start(() -> {
            while (running) {
                try {
                    Thread.sleep(properties.apiFlushInterval());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                flush();
            }
        });
    }

    /** After the web server drained its requests, before the data source closes. */
    @Override
    public void stop() {
        running = false;
        flusher.interrupt();
        flush();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
