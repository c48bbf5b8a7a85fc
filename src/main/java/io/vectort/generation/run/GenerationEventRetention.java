package io.vectort.generation.run;

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
 * Deletes the streamed events (file text, progress) of generations finished more than {@code
 * vectort.generation.event-retention} ago, in batches. The generation itself, its version and
 * its last event (the final status) stay: the history still reads, and replaying an old
 * generation's events still ends instead of waiting for a status that was deleted.
 */
@Component
class GenerationEventRetention implements RecurringJob {

    private static final Logger log = LoggerFactory.getLogger(GenerationEventRetention.class);
    static final int BATCH = 10_000;

    private final JdbcClient jdbc;
    private final Duration retention;

    GenerationEventRetention(JdbcClient jdbc, GenerationProperties properties) {
        this.jdbc = jdbc;
        this.retention = properties.eventRetention();
    }

    @Override
    public String name() {
        return "generation-event-retention";
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
                            delete from event_log where (stream_id, seq) in (
                                select e.stream_id, e.seq from generations g
                                join event_log e on e.stream_id = g.id
                                where g.finished_at < :cutoff
                                  and e.seq < (select max(last.seq) from event_log last where last.stream_id = g.id)
                                limit :batch)""")
                        .param("cutoff", Timestamp.from(cutoff))
                        .param("batch", BATCH)
                        .update());
        if (total > 0) {
            log.info("Deleted {} events of generations finished before {}", total, cutoff);
        }
    }
}
