package io.vectort.generation.run;

import io.vectort.generation.catalog.ChoiceReason;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to generate, validated: the one shape it has from the controller to the job. Made by
 * {@link GenerationRequestValidator} from what a person sent (or by Vectort for a fix round) and
 * carried by its {@link Generation}; the generator gets it as a {@code CodeRequest}, with the
 * project's history and files.
 *
 * @param description what to build or change, trimmed, within the length limit
 * @param chosenFramework the framework the person picked; empty for {@code auto}, when the
 *     description or the project decides
 * @param chosenType the application type the person picked; empty for {@code auto}, when the
 *     project's type or the description decides
 * @param model a model or alias; empty for the server's default generator
 * @param forceRegenerate true to skip the response cache
 */
public record GenerationRequest(
        String description,
        Optional<String> chosenFramework,
        Optional<String> chosenType,
        Optional<String> model,
        boolean forceRegenerate) {

    public GenerationRequest {
        Objects.requireNonNull(description);
        if (description.isBlank()) {
            throw new IllegalArgumentException("a generation request has a description");
        }
    }

    /**
     * The request a stored generation was made from: its framework and type count as chosen only
     * if they were.
     */
    static GenerationRequest stored(
            String description, Resolution resolved, Optional<String> model, boolean forceRegenerate) {
        return new GenerationRequest(
                description,
                chosen(resolved.framework(), resolved.frameworkReason()),
                chosen(resolved.appType(), resolved.appTypeReason()),
                model,
                forceRegenerate);
    }

    /**
     * Vectort's own follow-up to fix a failed build: the build log as the prompt, the project's
     * framework and type kept.
     */
    static GenerationRequest fixRound(Generation cause, String prompt) {
        return new GenerationRequest(prompt, Optional.empty(), Optional.empty(), cause.model(), false);
    }

    private static Optional<String> chosen(String value, ChoiceReason reason) {
        return reason.source() == ChoiceReason.Source.CHOSEN ? Optional.of(value) : Optional.empty();
    }
}
