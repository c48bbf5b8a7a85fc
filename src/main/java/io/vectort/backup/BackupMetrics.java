package io.vectort.backup;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code vectort_backup_last_success_timestamp_seconds}: when the last backup (scheduled or by
 * command) finished, read from {@code backup_runs} so every node reports the same. With a target
 * configured and no backup yet it is 0, so that "no backup for 26 h" fires; without a target and
 * no backup ever, it is absent (NaN), and nothing alerts on an installation that never backs up.
 */
@Component
class BackupMetrics {

    private static final Logger log = LoggerFactory.getLogger(BackupMetrics.class);

    BackupMetrics(MeterRegistry registry, DataSource database, @Value("${vectort.backup.target:}") String target) {
        BackupRuns runs = new BackupRuns(database);
        boolean configured = !target.isBlank();
        Gauge.builder("vectort.backup.last.success.timestamp", () -> lastSuccess(runs, configured))
                .baseUnit("seconds")
                .description("When the last successful backup finished (Unix time)")
                .register(registry);
    }

    private static double lastSuccess(BackupRuns runs, boolean configured) {
        try {
            return runs.lastSuccess()
                    .map(Instant::getEpochSecond)
                    .map(Long::doubleValue)
                    .orElse(configured ? 0.0 : Double.NaN);
        } catch (SQLException e) {
            // An unreachable database has its own alert; this gauge just has no value this scrape.
            log.debug("Cannot read the last backup time", e);
            return Double.NaN;
        }
    }
}
