package io.vectort.generation.starter;

import io.vectort.generation.catalog.FrameworkInference;
import io.vectort.generation.generator.CodeGenerationException;
import io.vectort.generation.generator.CodeGenerator;
import io.vectort.generation.generator.CodeRequest;
import io.vectort.generation.generator.CodeRequest.PreviousTurn;
import io.vectort.generation.generator.CodeStream;
import io.vectort.generation.generator.GenerationReport;
import io.vectort.generation.generator.GeneratorIdentity;
import io.vectort.generation.protocol.ProtocolWriter;
import io.vectort.generation.starter.spec.Archetype;
import io.vectort.generation.starter.templates.ProjectTemplates;
import io.vectort.shared.Text;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The offline starter: turns a description into a small, runnable project from templates, with no
 * AI provider and no network. Output is deterministic (the same request always gives the same
 * text) and is streamed in fixed-size chunks, so the whole protocol pipeline runs as it does for an
 * LLM. Follow-up turns re-read every prompt so far and emit only the files that change.
 */
public final class StarterCodeGenerator implements CodeGenerator {

    public static final GeneratorIdentity IDENTITY =
            new GeneratorIdentity("offline-starter", GeneratorIdentity.STARTER, "Offline starter (not AI)");

    static final String MODEL = "starter-1";

    private final Duration chunkDelay;
    private final int chunkSize;
    private final DescriptionAnalyzer analyzer = new DescriptionAnalyzer();

    /**
     * @param chunkDelay pause between chunks, so the output streams like a model's (zero for none)
     * @param chunkSize characters per chunk; chunks split lines and tags anywhere
     */
    public StarterCodeGenerator(Duration chunkDelay, int chunkSize) {
        if (chunkDelay.isNegative()) {
            throw new IllegalArgumentException("chunkDelay must not be negative");
        }
        if (chunkSize <= 0) {
            throw new IllegalArgumentException("chunkSize must be positive");
        }
        this.chunkDelay = chunkDelay;
        this.chunkSize = chunkSize;
    }

    @Override
    public GeneratorIdentity identity() {
        return IDENTITY;
    }

    /** The starter also answers when asked for by name, e.g. to compare it with an AI model. */
    @Override
    public boolean supportsModel(String model) {
        return model.equals("starter") || model.equals(IDENTITY.id()) || model.equals(MODEL);
    }

    @Override
    public GenerationReport generate(CodeRequest request, CodeStream stream) throws InterruptedException {
        String text = render(plan(request));
        int written = 0;
        while (written < text.length() && !stream.cancelled()) {
            if (written > 0 && !chunkDelay.isZero()) {
                Thread.sleep(chunkDelay);
            }
            int end = Text.pieceEnd(text, written, chunkSize);
            stream.write(text.substring(written, end));
            written = end;
        }
        return new GenerationReport(IDENTITY.id(), MODEL, 0, written / 4, true);
    }

    /** The project for this turn, the one the previous turn produced, and what changes between them. */
    StarterTurn plan(CodeRequest request) {
        Archetype archetype = archetype(request.appType());
        if (!ProjectTemplates.supports(request.framework())) {
            throw new CodeGenerationException(
                    "unsupported_framework", "The offline starter has no templates for " + request.framework(), false);
        }
        List<String> prompts = new ArrayList<>(subjects(request.previousTurns()));
        prompts.add(FrameworkInference.withoutNames(request.description()));
        StarterProject next = StarterProject.render(analyzer.analyze(prompts, archetype), request.framework());
        Optional<StarterProject> previous = previous(request.previousTurns());
        return new StarterTurn(next, previous, ProjectChanges.between(request.currentFiles(), next, previous));
    }

    /** The protocol text of a turn: narrative, file operations, summary, end marker. */
    static String render(StarterTurn turn) {
        ProtocolWriter writer = new ProtocolWriter().narrative(TurnSummary.narrative(turn.next(), turn.followUp()));
        turn.changes().writes().forEach(writer::file);
        turn.changes().deletes().forEach(writer::delete);
        return writer.summary(TurnSummary.summary(turn.next(), turn.previous(), turn.changes()))
                .end()
                .toString();
    }

    /**
     * What the starter generated for the previous turn, to know which files are its own. Empty for
     * a first turn, or when that turn asked for something the starter has no templates for.
     */
    private Optional<StarterProject> previous(List<PreviousTurn> turns) {
        if (turns.isEmpty()) {
            return Optional.empty();
        }
        PreviousTurn last = turns.getLast();
        Optional<Archetype> archetype = Archetype.fromId(last.appType());
        if (archetype.isEmpty() || !ProjectTemplates.supports(last.framework())) {
            return Optional.empty();
        }
        return Optional.of(StarterProject.render(analyzer.analyze(subjects(turns), archetype.get()), last.framework()));
    }

    /** What the turns asked for, without the framework names they used: "a React todo app" is a todo app. */
    private static List<String> subjects(List<PreviousTurn> turns) {
        return turns.stream()
                .map(turn -> FrameworkInference.withoutNames(turn.description()))
                .toList();
    }

    private static Archetype archetype(String appType) {
        return Archetype.fromId(appType)
                .orElseThrow(() -> new CodeGenerationException(
                        "unsupported_app_type", "The offline starter has no templates for " + appType, false));
    }
}
