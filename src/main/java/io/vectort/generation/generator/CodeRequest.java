package io.vectort.generation.generator;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What to generate.
 *
 * @param description this turn's prompt, trimmed
 * @param framework catalog framework id
 * @param appType catalog application type id
 * @param model requested model or alias, if any
 * @param previousTurns the project's earlier successful prompts, oldest first
 * @param currentFiles the files of the version this turn builds on (path to content), empty for a
 *     first generation
 * @param requestedBy the user the generation runs for, for accounting
 */
public record CodeRequest(
        String description,
        String framework,
        String appType,
        Optional<String> model,
        List<PreviousTurn> previousTurns,
        Map<String, String> currentFiles,
        Optional<UUID> requestedBy) {

    public CodeRequest {
        previousTurns = List.copyOf(previousTurns);
        currentFiles = Map.copyOf(currentFiles);
    }

    /** A request on nobody's behalf (tests, tools). */
    public CodeRequest(
            String description,
            String framework,
            String appType,
            Optional<String> model,
            List<PreviousTurn> previousTurns,
            Map<String, String> currentFiles) {
        this(description, framework, appType, model, previousTurns, currentFiles, Optional.empty());
    }

    /**
     * An earlier successful prompt of the same project.
     *
     * @param summary what the generator said it did (its version's summary), empty when unknown
     */
    public record PreviousTurn(String description, String framework, String appType, String summary) {

        public PreviousTurn(String description, String framework, String appType) {
            this(description, framework, appType, "");
        }
    }
}
