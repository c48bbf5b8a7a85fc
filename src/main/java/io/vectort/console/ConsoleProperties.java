package io.vectort.console;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Admin console settings, prefix {@code vectort.console}.
 *
 * @param rollupInterval how often the rollup job aggregates what arrived since its last run
 * @param settleLag how far behind now the rollup stays: rows are written a little after their time
 *     (the call log writes in batches, transactions commit late), and a row older than the
 *     watermark when it lands would never be counted
 * @param backfill how far back the first run of a fresh installation aggregates
 * @param nodeHeartbeat how often each node says it is alive (a node unseen for three is gone)
 */
@Validated
@ConfigurationProperties("vectort.console")
public record ConsoleProperties(
        @DefaultValue("5m") @NotNull Duration rollupInterval,
        @DefaultValue("2m") @NotNull Duration settleLag,
        @DefaultValue("400d") @NotNull Duration backfill,
        @DefaultValue("10s") @NotNull Duration nodeHeartbeat) {

    public ConsoleProperties {
        if (!rollupInterval.isPositive()
                || settleLag.isNegative()
                || !backfill.isPositive()
                || !nodeHeartbeat.isPositive()) {
            throw new IllegalArgumentException("vectort.console.rollup-interval, backfill and node-heartbeat must be"
                    + " positive durations, settle-lag zero or more");
        }
    }
}
