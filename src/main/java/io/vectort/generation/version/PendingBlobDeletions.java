package io.vectort.generation.version;

import io.vectort.jobs.RecurringJob;
import io.vectort.storage.BlobStore;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes blob prefixes after the rows that own them are gone, through an outbox table: the intent
 * is written in the deleting transaction, the blobs are deleted right after it commits, and a
 * prefix whose deletion failed (storage down) is retried every {@link #interval()} with a growing
 * delay. A failure is logged and never fails the deletion of the rows.
 */
@Component
class PendingBlobDeletions implements RecurringJob {

    private static final Logger log = LoggerFactory.getLogger(PendingBlobDeletions.class);
    private static final int BATCH = 50;

    private final JdbcClient jdbc;
    private final BlobStore blobs;
    private final TransactionTemplate ownTransaction;

    PendingBlobDeletions(JdbcClient jdbc, BlobStore blobs, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.blobs = blobs;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Records {@code prefix} in the current transaction and deletes its blobs once it commits. */
    void deleteAfterCommit(String prefix) {
        jdbc.sql("insert into blob_deletions (prefix) values (:prefix) on conflict (prefix) do nothing")
                .param("prefix", prefix)
                .update();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                // The finished transaction's connection is still bound here; the bookkeeping in
                // attempt() therefore runs in a transaction of its own.
                if (status != STATUS_COMMITTED) {
                    return;
                }
                try {
                    attempt(prefix);
                } catch (RuntimeException e) {
                    // The outbox row stays; the recurring job picks it up.
                    log.warn("Deleting blobs under {} after commit failed; will retry: {}", prefix, e.toString());
                }
            }
        });
    }

    @Override
    public String name() {
        return "blob-deletions";
    }

    @Override
    public Duration interval() {
        return Duration.ofMinutes(1);
    }

    @Override
    public void run() {
        List<String> due =
                jdbc.sql("""
                        select prefix from blob_deletions where next_attempt_at <= now()
                        order by next_attempt_at limit :batch""").param("batch", BATCH).query(String.class).list();
        due.forEach(this::attempt);
    }

    boolean attempt(String prefix) {
        try {
            blobs.deleteAll(prefix);
        } catch (RuntimeException e) {
            log.warn("Deleting blobs under {} failed; will retry: {}", prefix, e.toString());
            // 1, 2, 4 ... minutes, at most an hour apart.
            ownTransaction.executeWithoutResult(tx -> jdbc.sql("""
                            update blob_deletions set attempts = attempts + 1, last_error = :error,
                                next_attempt_at = now() + least(interval '1 minute' * power(2, attempts), interval '1 hour')
                            where prefix = :prefix""")
                    .param("error", e.toString())
                    .param("prefix", prefix)
                    .update());
            return false;
        }
        ownTransaction.executeWithoutResult(tx -> jdbc.sql("delete from blob_deletions where prefix = :prefix")
                .param("prefix", prefix)
                .update());
        return true;
    }
}
