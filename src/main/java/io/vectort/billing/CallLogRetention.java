package io.vectort.billing;

import io.vectort.jobs.BatchedDeletes;
import io.vectort.jobs.RecurringJob;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deletes calls older than {@code vectort.billing.call-log-retention} from the LLM call log, in
 * batches so no delete holds the table long. Credits and their ledger are not touched: what was
 * charged stays, only the per-call detail goes.
 */
@Component
class CallLogRetention implements RecurringJob {

    private static final Logger log = LoggerFactory.getLogger(CallLogRetention.class);
    static final int BATCH = 10_000;

    private final JdbcClient jdbc;
    private final Duration retention;

    CallLogRetention(JdbcClient jdbc, BillingProperties properties) {
        this.jdbc = jdbc;
        this.retention = properties.callLogRetention();
    }

    @Override
    public String name() {
        return "llm-call-log-retention";
    }

    @Override
    public Duration interval() {
        return Duration.ofHours(1);
    }

    @Override
    public void run() {
        Instant cutoff = Instant.now().minus(retention);
        long total = BatchedDeletes.untilShort(
                BATCH,
                () -> jdbc.sql("""
                            delete from llm_calls where id in (
                                select id from llm_calls where occurred_at < :cutoff limit :batch)""")
                        .param("cutoff", Timestamp.from(cutoff))
                        .param("batch", BATCH)
                        .update());
        if (total > 0) {
            log.info("Deleted {} LLM calls older than {}", total, cutoff);
        }
    }
}
