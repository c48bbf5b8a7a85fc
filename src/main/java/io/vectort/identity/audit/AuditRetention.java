package io.vectort.identity.audit;

import io.vectort.identity.organization.OrganizationProperties;
import io.vectort.jobs.BatchedDeletes;
import io.vectort.jobs.RecurringJob;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Deletes audit entries older than {@code vectort.organizations.audit-retention}, in batches. */
@Component
class AuditRetention implements RecurringJob {

    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);
    private static final int BATCH = 10_000;

    private final AuditLog audit;
    private final Duration retention;

    AuditRetention(AuditLog audit, OrganizationProperties properties) {
        this.audit = audit;
        this.retention = properties.auditRetention();
    }

    @Override
    public String name() {
        return "audit-retention";
    }

    @Override
    public Duration interval() {
        return Duration.ofHours(1);
    }

    @Override
    public void run() {
        Instant cutoff = Instant.now().minus(retention);
        long total = BatchedDeletes.untilShort(BATCH, () -> audit.purgeOlderThan(cutoff, BATCH));
        if (total > 0) {
            log.info("Deleted {} audit entries older than {}", total, cutoff);
        }
    }
}
