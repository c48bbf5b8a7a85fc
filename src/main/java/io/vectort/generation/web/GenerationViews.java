package io.vectort.generation.web;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.vectort.generation.catalog.ChoiceReason;
import io.vectort.generation.generator.GeneratorIdentity;
import io.vectort.generation.run.Generation;
import io.vectort.generation.run.GenerationRequest;
import io.vectort.generation.run.GenerationRequestValidator;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** JSON shapes of the generation endpoints. */
final class GenerationViews {

    private GenerationViews() {}

    record GenerateRequest(
            @Nullable String description,
            @Nullable String framework,
            @Nullable String type,
            @Nullable String model,

            @JsonProperty("force_regenerate") @JsonAlias("forceRegenerate") @Nullable
            Boolean forceRegenerate) {

        GenerationRequest validated(GenerationRequestValidator validator) {
            return validator.validate(description, framework, type, model, Boolean.TRUE.equals(forceRegenerate));
        }
    }

    /**
     * @param type the application type it will have, {@code auto} resolved
     * @param typeReason how that type was decided
     * @param framework the framework it will use, {@code auto} resolved
     * @param frameworkReason how that framework was decided
     */
    record Accepted(
            UUID id,
            String status,
            String eventsUrl,
            UUID projectId,
            GeneratorIdentity generator,
            String type,
            Reason typeReason,
            String framework,
            Reason frameworkReason) {

        static Accepted from(Generation g) {
            return new Accepted(
                    g.id(),
                    g.status().wire(),
                    GenerationViews.eventsUrl(g.id()),
                    g.projectId(),
                    g.generator(),
                    g.appType(),
                    Reason.from(g.appTypeReason()),
                    g.framework(),
                    Reason.from(g.frameworkReason()));
        }
    }

    /**
     * How a generation's type or framework was decided: {@code chosen} by the person, read from
     * the {@code description} (with the words that decided it as {@code evidence}), {@code kept}
     * from the project by a follow-up, or the {@code default} (nothing in the description named
     * one: a dashboard, plain HTML).
     */
    record Reason(String source, @Nullable String evidence) {

        static Reason from(ChoiceReason reason) {
            return new Reason(reason.source().id(), reason.evidence().orElse(null));
        }
    }

    record GenerationView(
            UUID id,
            UUID projectId,
            String status,
            String description,
            String framework,
            Reason frameworkReason,
            String type,
            Reason typeReason,
            @Nullable String model,
            boolean forceRegenerate,
            GeneratorIdentity generator,
            int attempts,
            int baseVersion,
            @Nullable Integer version,
            @Nullable String summary,
            Generation.@Nullable Failure error,
            Generation.@Nullable Usage usage,
            Instant createdAt,
            @Nullable Instant startedAt,
            @Nullable Instant finishedAt,
            @Nullable String cacheHit,
            int fixRound,
            String eventsUrl) {

        static GenerationView from(Generation g) {
            return new GenerationView(
                    g.id(),
                    g.projectId(),
                    g.status().wire(),
                    g.description(),
                    g.framework(),
                    Reason.from(g.frameworkReason()),
                    g.appType(),
                    Reason.from(g.appTypeReason()),
                    g.model().orElse(null),
                    g.forceRegenerate(),
                    g.generator(),
                    g.attempts(),
                    g.baseVersion(),
                    g.resultVersion().orElse(null),
                    g.summary().orElse(null),
                    g.failure().orElse(null),
                    g.usage().orElse(null),
                    g.createdAt(),
                    g.startedAt().orElse(null),
                    g.finishedAt().orElse(null),
                    g.cache().hit() ? g.cache().layer().orElse("l3") : null,
                    g.fixRound(),
                    GenerationViews.eventsUrl(g.id()));
        }
    }

    static String eventsUrl(UUID generationId) {
        return "/api/v1/generations/" + generationId + "/events";
    }
}
