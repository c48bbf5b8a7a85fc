package io.vectort.identity.privacy;

import io.vectort.jobs.RecurringJob;
import io.vectort.storage.BlobStore;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
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
 * Deletes the archives of exports whose link has expired (the export then says {@code expired}),
 * and the archives and rows of exports whose account is gone. The blob goes first: a storage
 * outage leaves the row, and the next run tries again.
 */
@Component
class ExpiredDataExports implements RecurringJob {

    private static final Logger log = LoggerFactory.getLogger(ExpiredDataExports.class);
    private static final int BATCH = 100;

    private final JdbcClient jdbc;
    private final BlobStore blobs;
    private final PersonalDataProperties properties;
    private final TransactionTemplate ownTransaction;

    ExpiredDataExports(
            JdbcClient jdbc,
            BlobStore blobs,
            PersonalDataProperties properties,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.blobs = blobs;
        this.properties = properties;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public String name() {
        return "data-export-purge";
    }

    @Override
    public Duration interval() {
        return properties.purgeInterval();
    }

    @Override
    public void run() {
        expire();
        deleteOrphans();
    }

    /** After the current transaction commits (an account deletion), deletes its exports at once. */
    void deleteOrphansAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                // The committed transaction's connection is still bound here: work in a new one.
                try {
                    ownTransaction.executeWithoutResult(tx -> deleteOrphans());
                } catch (RuntimeException e) {
                    // The rows stay; the recurring run deletes them.
                    log.warn("Deleting the exports of a deleted account failed; will retry: {}", e.toString());
                }
            }
        });
    }

    void expire() {
        List<Export> due =
                jdbc.sql("""
                        select id, user_id from data_exports where status = 'ready' and expires_at <= now()
                        order by expires_at limit :batch""").param("batch", BATCH).query(Export.class).list();
        for (Export export : due) {
            if (deleteBlob(export)) {
                jdbc.sql("update data_exports set status = 'expired' where id = :id and status = 'ready'")
                        .param("id", export.id())
                        .update();
            }
        }
    }

    void deleteOrphans() {
        List<Export> orphans =
                jdbc.sql("""
                        select id, user_id from data_exports d
                        where not exists (select 1 from users u where u.id = d.user_id) limit :batch""").param("batch", BATCH).query(Export.class).list();
        for (Export export : orphans) {
            if (deleteBlob(export)) {
                jdbc.sql("delete from data_exports where id = :id")
                        .param("id", export.id())
                        .update();
            }
        }
    }

    private boolean deleteBlob(Export export) {
        try {
            blobs.deleteAll(ExportKeys.archive(export.userId(), export.id()));
            return true;
        } catch (RuntimeException e) {
            log.warn("Deleting the archive of data export {} failed; will retry: {}", export.id(), e.toString());
            return false;
        }
    }

    private record Export(UUID id, UUID userId) {}
}
