package io.vectort.identity.privacy;

import io.vectort.jobs.JobAttempt;
import io.vectort.jobs.JobHandler;
import io.vectort.storage.BlobStore;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds one data export: every {@link PersonalDataContributor} writes its part into a ZIP, read
 * in one snapshot, then the ZIP goes to the blob store and the export becomes ready. Progress is
 * written after each contributor, in transactions of its own so that the owner sees it move.
 *
 * <p>Idempotent: a retry rebuilds the archive from the start and overwrites the blob. An export
 * whose account was deleted meanwhile is not made ready, and the blob just written is deleted.
 */
@Component
class DataExportJob implements JobHandler {

    static final String NAME = "data-export";
    private static final Logger log = LoggerFactory.getLogger(DataExportJob.class);

    private final JdbcClient jdbc;
    private final List<PersonalDataContributor> contributors;
    private final BlobStore blobs;
    private final ObjectWriter json;
    private final PersonalDataProperties properties;
    private final TransactionTemplate snapshot;
    private final TransactionTemplate ownTransaction;

    DataExportJob(
            JdbcClient jdbc,
            List<PersonalDataContributor> contributors,
            BlobStore blobs,
            JsonMapper json,
            PersonalDataProperties properties,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.contributors = contributors;
        this.blobs = blobs;
        this.json = json.writerWithDefaultPrettyPrinter();
        this.properties = properties;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(String jobId, JobAttempt attempt) {
        UUID id = UUID.fromString(jobId);
        int started = jdbc.sql("""
                        update data_exports d set status = 'running', progress = 0,
                            started_at = coalesce(started_at, now())
                        where id = :id and status in ('queued', 'running')
                          and exists (select 1 from users u where u.id = d.user_id)""").param("id", id).update();
        if (started == 0) {
            return; // done already, failed for good, or the account is gone
        }
        UUID userId = jdbc.sql("select user_id from data_exports where id = :id")
                .param("id", id)
                .query(UUID.class)
                .single();
        byte[] archive = snapshot.execute(tx -> build(id, userId));
        String key = ExportKeys.archive(userId, id);
        blobs.put(key, archive, "application/zip");
        int ready = jdbc.sql("""
                        update data_exports d set status = 'ready', progress = 1, size_bytes = :size,
                            finished_at = now(), expires_at = now() + :ttl * interval '1 second'
                        where id = :id and status = 'running'
                          and exists (select 1 from users u where u.id = d.user_id)""")
                .param("size", archive.length)
                .param("ttl", properties.exportTtl().toSeconds())
                .param("id", id)
                .update();
        if (ready == 0) {
            // The account was deleted while the archive was built: it must not outlive it.
            blobs.deleteAll(key);
        }
    }

    @Override
    public void exhausted(String jobId, Throwable lastFailure) {
        log.warn("Data export {} failed for good: {}", jobId, lastFailure.toString());
        jdbc.sql("""
                        update data_exports set status = 'failed', error = :error, finished_at = now()
                        where id = :id and status in ('queued', 'running')""")
                .param("error", "The export could not be built; start a new one")
                .param("id", UUID.fromString(jobId))
                .update();
    }

    private byte[] build(UUID exportId, UUID userId) {
        try (ZipExportSink sink = new ZipExportSink(json)) {
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("exportId", exportId);
            manifest.put("userId", userId);
            manifest.put("generatedAt", Instant.now());
            manifest.put(
                    "parts",
                    contributors.stream().map(PersonalDataContributor::name).toList());
            sink.json("export.json", manifest);
            for (int i = 0; i < contributors.size(); i++) {
                contributors.get(i).write(userId, sink);
                progress(exportId, (i + 1.0) / (contributors.size() + 1.0));
            }
            return sink.finish();
        }
    }

    private void progress(UUID exportId, double progress) {
        ownTransaction.executeWithoutResult(
                tx -> jdbc.sql("update data_exports set progress = :progress where id = :id and status = 'running'")
                        .param("progress", progress)
                        .param("id", exportId)
                        .update());
    }
}
