package io.vectort.generation.verify;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The check of one version.
 *
 * @param status {@code not-checked}, {@code queued}, {@code running}, {@code passed}, {@code
 *     failed} or {@code skipped}
 * @param command what was run after the install ({@code npm run build}), empty when nothing was
 * @param reason why it was skipped or not checked, or the line that says why it failed
 * @param log the end of the install's and the check's output
 * @param fixRound the automatic fix round that made this version, 0 when someone asked for it
 * @param fix the fix round this failed check started, if it started one
 */
public record VersionBuild(
        int version,
        String status,
        String command,
        Optional<String> reason,
        String log,
        Optional<Long> durationMs,
        Optional<Instant> startedAt,
        Optional<Instant> finishedAt,
        int fixRound,
        Optional<Fix> fix) {

    /** An automatic fix round started because this check failed. */
    public record Fix(UUID generationId, int round) {}

    public boolean finished() {
        return status.equals("passed") || status.equals("failed") || status.equals("skipped");
    }
}
