package io.vectort.identity.privacy;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * "Your data" settings, prefix {@code vectort.privacy}.
 *
 * @param exportsPerHour data exports one user may start per hour (each reads all their data)
 * @param exportTtl how long a finished export can be downloaded before it is deleted
 * @param purgeInterval how often expired exports, and those of deleted accounts, are deleted
 */
@ConfigurationProperties("vectort.privacy")
public record PersonalDataProperties(
        @DefaultValue("3") int exportsPerHour,
        @DefaultValue("24h") Duration exportTtl,
        @DefaultValue("5m") Duration purgeInterval) {

    public PersonalDataProperties {
        if (exportsPerHour < 1) {
            throw new IllegalArgumentException("vectort.privacy.exports-per-hour must be at least 1");
        }
        if (!exportTtl.isPositive() || !purgeInterval.isPositive()) {
            throw new IllegalArgumentException(
                    "vectort.privacy.export-ttl and purge-interval must be positive durations, e.g. 24h and 5m");
        }
    }
}
