package io.vectort.backup;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Backup settings, prefix {@code vectort.backup}.
 *
 * @param target where backups go: a directory or {@code s3://bucket/prefix}
 *     ({@code VECTORT_BACKUP_TARGET}); set, the server backs up every {@code interval}
 * @param key the passphrase that encrypts backups ({@code VECTORT_BACKUP_KEY}); never logged
 * @param keyFile a file holding that passphrase instead ({@code VECTORT_BACKUP_KEY_FILE})
 * @param interval time between scheduled backups ({@code VECTORT_BACKUP_INTERVAL})
 * @param keepDaily the newest backup of each of this many most recent days is kept
 * @param keepWeekly the newest backup of each of this many most recent ISO weeks is kept
 * @param checkAfterBackup restore each scheduled backup into a scratch database and compare rows
 * @param s3Endpoint an S3-compatible endpoint for the target; defaults to {@code
 *     vectort.storage.s3.endpoint}
 * @param s3Region the target's region; defaults to {@code vectort.storage.s3.region}
 */
@Validated
@ConfigurationProperties("vectort.backup")
public record BackupProperties(
        @DefaultValue("") String target,
        @DefaultValue("") String key,
        @DefaultValue("") String keyFile,
        @DefaultValue("24h") Duration interval,
        @DefaultValue("7") @Min(1) @Max(366) int keepDaily,
        @DefaultValue("4") @Min(0) @Max(520) int keepWeekly,
        @DefaultValue("false") boolean checkAfterBackup,
        @DefaultValue("") String s3Endpoint,
        @DefaultValue("") String s3Region) {

    public BackupProperties {
        if (interval.compareTo(Duration.ofMinutes(5)) < 0) {
            throw new IllegalArgumentException("vectort.backup.interval must be at least 5m, was " + interval);
        }
    }

    @Override
    public String toString() {
        return "BackupProperties[target=" + target + ", interval=" + interval + ", keepDaily=" + keepDaily
                + ", keepWeekly=" + keepWeekly + "]";
    }
}
