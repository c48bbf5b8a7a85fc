package io.vectort.generation.verify;

import io.micrometer.core.instrument.MeterRegistry;
import io.vectort.generation.run.Generation;
import io.vectort.generation.run.GenerationService;
import io.vectort.generation.version.VersionInfo;
import io.vectort.generation.version.VersionStore;
import io.vectort.shared.DomainException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Automatic fix rounds: when the version an AI generation made fails its check, the log and the
 * files it names go back to the same model as a follow-up, whose result is a new version, checked
 * in turn. At most {@code vectort.builds.fix-rounds} in a row, never charged, and only while the
 * project is still at the failed version: a person's next request always wins.
 */
@Component
class FixRounds {

    private static final Logger log = LoggerFactory.getLogger(FixRounds.class);

    private final GenerationService generations;
    private final VersionStore versions;
    private final VersionBuildStore store;
    private final BuildProperties properties;
    private final TransactionTemplate transaction;
    private final MeterRegistry meters;

    FixRounds(
            GenerationService generations,
            VersionStore versions,
            VersionBuildStore store,
            BuildProperties properties,
            TransactionTemplate transaction,
            MeterRegistry meters) {
        this.generations = generations;
        this.versions = versions;
        this.store = store;
        this.properties = properties;
        this.transaction = transaction;
        this.meters = meters;
    }

    /**
     * Records a failed check and, when the version is an AI generation's with rounds left, starts
     * the next fix round in the same transaction: whoever reads the failure also sees its fix.
     */
    void finishFailed(
            VersionBuildStore.StoredBuild stored,
            String output,
            Duration took,
            String summary,
            Map<String, String> files) {
        UUID projectId = stored.projectId();
        int version = stored.build().version();
        Optional<Generation> cause = versions.get(projectId, version)
                .flatMap(VersionInfo::generationId)
                .map(id -> generations.get(stored.orgId(), id))
                .filter(generation -> generation.generator().isAi()); // not a restore, not the starter
        int round = cause.map(Generation::fixRound).orElse(0) + 1;
        if (cause.isEmpty() || round > properties.fixRounds()) {
            store.finish(projectId, version, "failed", output, took, summary);
            return;
        }
        String prompt = FixPrompt.of(stored.build().command(), output, files, round, properties.fixRounds());
        try {
            transaction.executeWithoutResult(status -> {
                store.finish(projectId, version, "failed", output, took, summary);
                Generation fix = generations.submitFixRound(cause.get(), version, prompt);
                store.fixStarted(projectId, version, fix.id(), round);
            });
            meters.counter("vectort_build_fix_rounds_total", "round", Integer.toString(round))
                    .increment();
        } catch (DomainException e) {
            // The user moved on (a newer version, a generation of their own): their work comes first.
            log.info("No fix round for version {} of project {}: {}", version, projectId, e.getMessage());
            store.finish(projectId, version, "failed", output, took, summary);
        }
    }
}
