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
 * @param historyDigest the newest model-condensed summary along the base version's lineage, which
 *     stands for the oldest of {@code previousTurns}; empty when none was made yet
 */
public record CodeRequest(
        String description,
        String framework,
        String appType,
        Optional<String> model,
        List<PreviousTurn> previousTurns,
        Map<String, String> currentFiles,
        Optional<UUID> requestedBy,
        Optional<HistoryDigest> historyDigest) {

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
        this(description, framework, appType, model, previousTurns, currentFiles, Optional.empty(), Optional.empty());
    }

    /**
     * An earlier successful prompt of the same project.
     *
     * @param summary what the generator said it did (its version's summary), empty when unknown
     */
    /** The same request with the history condensed into {@code digest}. */
    public CodeRequest withHistoryDigest(HistoryDigest digest) {
        return new CodeRequest(
                description, framework, appType, model, previousTurns, currentFiles, requestedBy, Optional.of(digest));
    }

    public record PreviousTurn(String description, String framework, String appType, String summary) {

        public PreviousTurn(String description, String framework, String appType) {
            this(description, framework, appType, "");
        }
    }
}
