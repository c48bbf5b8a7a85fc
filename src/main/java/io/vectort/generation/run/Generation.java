package io.vectort.generation.run;

import io.vectort.generation.catalog.ChoiceReason;
import io.vectort.generation.generator.GeneratorIdentity;
import io.vectort.shared.Ids;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A generation as stored: the request, who answers it, how it went, and the credits held for it
 * ({@code reservedMicros}, settled or released exactly once when it ends). {@code fixRound} is 0 for
 * a generation someone asked for and N for the N-th automatic fix round after a failed build;
 * {@code appTypeReason} and {@code frameworkReason} say how {@code appType} and {@code framework}
 * were decided (chosen, read from the description...).
 */
public record Generation(
        UUID id,
        UUID projectId,
        UUID orgId,
        GenerationRequest request,
        String appType,
        GeneratorIdentity generator,
        GenerationStatus status,
        int attempts,
        int baseVersion,
        Optional<Integer> resultVersion,
        Optional<String> summary,
        Optional<Failure> failure,
        Optional<Usage> usage,
        Instant createdAt,
        Optional<Instant> startedAt,
        Optional<Instant> finishedAt,
        long reservedMicros,
        CacheUse cache,
        int fixRound,
        ChoiceReason appTypeReason,
        String framework,
        ChoiceReason frameworkReason) {

    /**
     * A new generation, waiting for a worker.
     *
     * @param resolved the type and framework {@code request} resolves to, and how
     * @param reservedMicros the credits held for it (none for a cache hit or a fix round)
     */
    static Generation queued(
            UUID projectId,
            UUID orgId,
            GenerationRequest request,
            Resolution resolved,
            GeneratorIdentity generator,
            int baseVersion,
            long reservedMicros,
            CacheUse cache,
            int fixRound) {
        return new Generation(
                Ids.newId(),
                projectId,
                orgId,
                request,
                resolved.appType(),
                generator,
                GenerationStatus.QUEUED,
                0,
                baseVersion,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Instant.now(),
                Optional.empty(),
                Optional.empty(),
                reservedMicros,
                cache,
                fixRound,
                resolved.appTypeReason(),
                resolved.framework(),
                resolved.frameworkReason());
    }

    /** What {@code auto} resolved to, as stored. */
    Resolution resolution() {
        return new Resolution(appType, appTypeReason, framework, frameworkReason);
    }

    public String description() {
        return request.description();
    }

    public Optional<String> model() {
        return request.model();
    }

    public boolean forceRegenerate() {
        return request.forceRegenerate();
    }

    /** Whether Vectort started this generation itself to fix a failed build: it is never charged. */
    public boolean automaticFix() {
        return fixRound > 0;
    }

    /**
     * How the response cache serves a generation.
     *
     * @param key where its result is stored once it succeeds (empty: not cacheable)
     * @param replayedKey the entry it replays instead of calling the generator (a hit)
     * @param layer where that entry was found ({@code l1}, {@code l2}, {@code l3}, {@code similar})
     */
    public record CacheUse(Optional<String> key, Optional<String> replayedKey, Optional<String> layer) {

        public static final CacheUse NONE = new CacheUse(Optional.empty(), Optional.empty(), Optional.empty());

        public boolean hit() {
            return replayedKey.isPresent();
        }
    }

    /** Why a generation failed: a stable code and a message for people. */
    public record Failure(String code, String message) {}

    /** Who actually answered and what it consumed. */
    public record Usage(
            String provider,
            String model,
            long inputTokens,
            long outputTokens,
            boolean estimated,
            java.math.BigDecimal costUsd) {}
}
