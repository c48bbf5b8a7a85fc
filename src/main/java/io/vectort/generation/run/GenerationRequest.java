package io.vectort.generation.run;

import io.vectort.generation.catalog.AppTypeReason;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to generate, validated: the one shape it has from the controller to the job. Made by
 * {@link GenerationRequestValidator} from what a person sent (or by Vectort for a fix round) and
 * carried by its {@link Generation}; the generator gets it as a {@code CodeRequest}, with the
 * project's history and files.
 *
 * @param description what to build or change, trimmed, within the length limit
 * @param framework a catalog framework id
 * @param chosenType the application type the person picked; empty for {@code auto}, when the
 *     project's type or the description decides
 * @param model a model or alias; empty for the server's default generator
 * @param forceRegenerate true to skip the response cache
 */
public record GenerationRequest(
        String description,
        String framework,
        Optional<String> chosenType,
        Optional<String> model,
        boolean forceRegenerate) {

    public GenerationRequest {
        Objects.requireNonNull(description);
        Objects.requireNonNull(framework);
        if (description.isBlank() || framework.isBlank()) {
            throw new IllegalArgumentException("a generation request has a description and a framework");
        }
    }

    /** The request a stored generation was made from: its type counts as chosen only if it was. */
    static GenerationRequest stored(
            String description,
            String framework,
            String appType,
            AppTypeReason reason,
            Optional<String> model,
            boolean forceRegenerate) {
        Optional<String> chosen =
                reason.source() == AppTypeReason.Source.CHOSEN ? Optional.of(appType) : Optional.empty();
        return new GenerationRequest(description, framework, chosen, model, forceRegenerate);
    }

    /** Vectort's own follow-up to fix a failed build: the build log as the prompt, the project's type kept. */
    static GenerationRequest fixRound(Generation cause, String prompt) {
        return new GenerationRequest(prompt, cause.framework(), Optional.empty(), cause.model(), false);
    }
}
