package io.vectort.generation.run;

import io.vectort.generation.generator.CodeGenerationException;
import io.vectort.generation.generator.CodeGenerator;
import io.vectort.generation.generator.CodeRequest;
import io.vectort.generation.generator.CodeStream;
import io.vectort.generation.generator.GenerationReport;
import io.vectort.generation.progress.GenerationEventLog;
import io.vectort.generation.protocol.ParsedOutput;
import io.vectort.generation.protocol.ProjectFiles;
import io.vectort.generation.protocol.ProtocolLimits;
import io.vectort.generation.protocol.ProtocolParser;
import io.vectort.generation.protocol.ProtocolViolationException;
import io.vectort.generation.version.VersionStore;
import io.vectort.jobs.JobAttempt;
import io.vectort.shared.Text;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs one attempt of a generation: the generator streams protocol text, the parser stages file
 * operations and reports progress as events, and only a complete, safe output is committed.
 */
@Component
class GenerationRunner {

    private static final Logger log = LoggerFactory.getLogger(GenerationRunner.class);

    /** A replayed answer is fed to the parser in pieces of this size, like a fast model. */
    private static final int REPLAY_PIECE = 2048;

    private final GenerationRepository generations;
    private final GenerationTransitions transitions;
    private final GeneratorSelector generators;
    private final VersionStore versions;
    private final GenerationEventLog events;
    private final RunningGenerations running;
    private final GenerationProperties properties;
    private final GenerationMetrics metrics;
    private final BuilderCache cache;

    GenerationRunner(
            GenerationRepository generations,
            GenerationTransitions transitions,
            GeneratorSelector generators,
            VersionStore versions,
            GenerationEventLog events,
            RunningGenerations running,
            GenerationProperties properties,
            GenerationMetrics metrics,
            BuilderCache cache) {
        this.cache = cache;
        this.generations = generations;
        this.transitions = transitions;
        this.generators = generators;
        this.versions = versions;
        this.events = events;
        this.running = running;
        this.properties = properties;
        this.metrics = metrics;
    }

    void run(Generation generation, int runNumber, JobAttempt attempt) throws InterruptedException {
        if (runNumber == 1) {
            metrics.dispatched(Duration.between(generation.createdAt(), Instant.now()));
        }
        CodeGenerator generator = generators.byId(generation.generator().id()).orElse(null);
        if (generator == null) {
            transitions.fail(
                    generation,
                    "generator_unavailable",
                    "The generator \"" + generation.generator().label() + "\" is no longer configured");
            return;
        }
        RunningGenerations.Token token = running.register(generation.id(), properties.timeout());
        try {
            attemptOnce(generation, generator, token);
        } catch (ProtocolViolationException e) {
            log.info("Generation {} refused: {} ({})", generation.id(), e.getMessage(), e.code());
            transitions.fail(generation, e.code(), e.getMessage());
        } catch (CodeGenerationException e) {
            if (e.retryable() && !attempt.isLast()) {
                transitions.requeue(generation, runNumber, e.code(), e.getMessage());
                throw e;
            }
            transitions.fail(generation, e.code(), e.getMessage());
        } finally {
            running.unregister(generation.id());
        }
    }

    private void attemptOnce(Generation generation, CodeGenerator generator, RunningGenerations.Token token)
            throws InterruptedException {
        SortedMap<String, String> baseFiles = versions.contents(generation.projectId(), generation.baseVersion());
        CodeRequest request = new CodeRequest(
                generation.description(),
                generation.framework(),
                generation.appType(),
                generation.model(),
                generations.previousTurns(generation.projectId(), generation.baseVersion()),
                baseFiles,
                Optional.of(generation.orgId()),
                generations.historyDigest(generation.projectId(), generation.baseVersion()));
        ProtocolLimits limits = properties.limits().protocol();
        GenerationEventSink sink = new GenerationEventSink(
                events,
                generation.id(),
                token::stopRequested,
                properties.eventFlushInterval(),
                properties.eventFlushBytes());
        ProtocolParser parser = new ProtocolParser(limits, sink);
        // Kept only when it will be cached: a generation's text is otherwise never held whole.
        boolean keep =
                generation.cache().key().isPresent() && !generation.cache().hit();
        StringBuilder output = new StringBuilder();
        CodeStream stream = new CodeStream() {
            @Override
            public void write(String chunk) {
                if (!token.stopRequested()) {
                    if (keep) {
                        output.append(chunk);
                    }
                    parser.feed(chunk);
                }
            }

            @Override
            public boolean cancelled() {
                return token.stopRequested();
            }
        };
        Optional<String> replayed = cache.replay(generation);
        GenerationReport report;
        if (replayed.isPresent()) {
            report = replay(replayed.get(), generation, stream);
        } else {
            report = generator.generate(request, stream);
        }
        sink.flushAndAwait();
        if (token.stopRequested()) {
            if (token.timedOut()) {
                transitions.fail(generation, "timeout", "The generation took longer than " + properties.timeout());
            }
            // Otherwise it was cancelled: the cancel already recorded the final status.
            return;
        }
        ParsedOutput parsed = parser.finish();
        // Finishing may report the last file: its events are stored before the status that follows.
        sink.flushAndAwait();
        Map<String, String> result = ProjectFiles.apply(baseFiles, parsed, limits);
        if (keep && replayed.isEmpty()) {
            // Before the status turns succeeded: whoever sees it may ask again and must get a hit.
            // The output already passed every check, so it is cacheable even if the commit fails.
            cache.store(generation, output.toString());
        }
        transitions.succeed(generation, result, summaryOf(parsed, result, baseFiles), report);
    }

    /** Streams a cached answer through the same parser a model's answer goes through. */
    private static GenerationReport replay(String protocolText, Generation generation, CodeStream stream) {
        for (int start = 0; start < protocolText.length() && !stream.cancelled(); ) {
            int end = Text.pieceEnd(protocolText, start, REPLAY_PIECE);
            stream.write(protocolText.substring(start, end));
            start = end;
        }
        return new GenerationReport(
                "cache", generation.model().orElse("cache"), 0, 0, false, java.math.BigDecimal.ZERO);
    }

    private static String summaryOf(ParsedOutput output, Map<String, String> result, Map<String, String> base) {
        return output.summary()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .orElseGet(() -> output.operations().size() + " file operations; " + result.size() + " files"
                        + (base.isEmpty() ? "" : " (was " + base.size() + ")"));
    }
}
