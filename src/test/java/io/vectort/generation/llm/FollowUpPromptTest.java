package io.vectort.generation.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.generation.catalog.BuilderCatalog;
import io.vectort.generation.generator.CodeRequest;
import io.vectort.generation.generator.CodeRequest.PreviousTurn;
import io.vectort.generation.generator.HistoryDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A follow-up prompt stays within its budgets however long the project's history grows. */
class FollowUpPromptTest {

    private static final int HISTORY_CHARS = 8000;
    private static final int FILES_CHARS = 60000;

    @Test
    void theFiftiethFollowUpStaysUnderTheBudgetAndCarriesTheFilesTheChangeNeeds() {
        List<PreviousTurn> turns = fortyNineWordyTurns();
        Map<String, String> files = largeProject();
        CodeRequest fiftieth = new CodeRequest(
                "Add a cooking time field to RecipeForm", "react", "dashboard", Optional.empty(), turns, files);

        String prompt = BuilderPrompts.userTurn(
                fiftieth, BuilderCatalog.REACT, BuilderCatalog.DASHBOARD, HISTORY_CHARS, FILES_CHARS, List.of());

        int everyFile = files.values().stream().mapToInt(String::length).sum();
        int everyRequest =
                turns.stream().mapToInt(t -> t.description().length()).sum();
        assertThat(everyFile + everyRequest).isGreaterThan(400_000);
        // History and file contents within their budgets; the rest is the file list and wording.
        assertThat(prompt.length()).isLessThan(HISTORY_CHARS + FILES_CHARS + 6_000);
        // The named file, what it imports and what that imports, in full.
        assertThat(prompt)
                .contains(files.get("src/components/RecipeForm.jsx"))
                .contains(files.get("src/components/DurationField.jsx"))
                .contains(files.get("src/lib/validate.js"))
                .contains(files.get("src/lib/units.js"));
        // The latest request is quoted, older ones are summed up, the oldest only counted.
        assertThat(prompt)
                .contains("49. Request 49: make the recipe page nicer")
                .contains("Turn 49 changed the recipe page.")
                .contains("Turn 40 changed the recipe page.")
                .doesNotContain("Turn 20 changed")
                .doesNotContain("Request 40: make")
                .containsPattern("\\(\\d+ earlier changes are not shown\\.\\)")
                .endsWith("Add a cooking time field to RecipeForm\n");
        // Every file is listed, even those whose content is left out.
        assertThat(prompt).contains("- src/components/Widget59.jsx (");
    }

    @Test
    void withTheModelsDigestTheFiftiethFollowUpTellsEveryTurnInOneFormOrAnother() {
        List<PreviousTurn> turns = fortyNineWordyTurns();
        HistoryDigest digest = new HistoryDigest("A recipe book with ratings, a dark theme and metric units.", 40);
        CodeRequest fiftieth = new CodeRequest(
                        "Add a cooking time field to RecipeForm",
                        "react",
                        "dashboard",
                        Optional.empty(),
                        turns,
                        Map.of())
                .withHistoryDigest(digest);

        String history = FollowUpHistory.describe(fiftieth.previousTurns(), fiftieth.historyDigest(), HISTORY_CHARS);

        assertThat(history.length()).isLessThanOrEqualTo(HISTORY_CHARS + 200);
        assertThat(history)
                .startsWith("Changes 1 to 40, condensed:\n" + digest.text() + "\n")
                .doesNotContain("not shown")
                .doesNotContain("40. Turn 40")
                .contains("41. Turn 41 changed the recipe page.")
                .contains("43. Turn 43 changed the recipe page.")
                .doesNotContain("43. Request 43")
                .contains("44. Request 44: make the recipe page nicer")
                .contains("49. Request 49: make the recipe page nicer");
    }

    @Test
    void aDigestThatNoLongerFitsIsCountedWithTheTurnsItStoodFor() {
        List<PreviousTurn> turns = fortyNineWordyTurns();
        HistoryDigest digest = new HistoryDigest("Condensed. ".repeat(100), 40);

        String history = FollowUpHistory.describe(turns, Optional.of(digest), 2_000);

        assertThat(history).doesNotContain("Condensed.").contains("49. Request 49");
        int shown =
                (int) history.lines().filter(line -> line.matches("\\d+\\. .*")).count();
        assertThat(history).startsWith("(" + (49 - shown) + " earlier changes are not shown.)\n");
    }

    @Test
    void filesCloseInMeaningComeAfterTheNamedOnesAndBeforeTheEntryPoints() {
        Map<String, String> files = largeProject();
        String widget = files.get("src/components/Widget42.jsx");

        String context = FollowUpContext.describe(
                files, "Make the form friendlier", widget.length() + 10, List.of("src/components/Widget42.jsx"));

        assertThat(context).contains(widget).doesNotContain(files.get("src/App.jsx"));
        assertThat(FollowUpContext.describe(files, "Make the form friendlier", widget.length() + 10, List.of()))
                .doesNotContain(widget);
    }

    @Test
    void aShortHistoryIsToldInFull() {
        List<PreviousTurn> turns = List.of(
                new PreviousTurn("A recipe book", "react", "dashboard", "Created the recipe book."),
                new PreviousTurn("Add ratings", "react", "dashboard", ""));

        String history = FollowUpHistory.describe(turns, Optional.empty(), HISTORY_CHARS);

        assertThat(history).isEqualTo("""
                        The latest requests, oldest first:
                        1. A recipe book — done: Created the recipe book.
                        2. Add ratings
                        """);
    }

    private static List<PreviousTurn> fortyNineWordyTurns() {
        List<PreviousTurn> turns = new ArrayList<>();
        for (int turn = 1; turn <= 49; turn++) {
            // Long, wordy requests, as people write them: 5,000 characters each.
            String request = ("Request " + turn + ": make the recipe page nicer and add more options. ").repeat(90);
            String summary = "Turn " + turn + " changed the recipe page." + " It reworked the layout.".repeat(6);
            turns.add(new PreviousTurn(request, "react", "dashboard", summary));
        }
        return turns;
    }

    /** Sixty 3,000-character components plus the chain RecipeForm imports. */
    private static Map<String, String> largeProject() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("package.json", "{\"name\":\"recipes\"}\n");
        files.put("src/App.jsx", "import RecipeForm from './components/RecipeForm';\n");
        for (int i = 0; i < 60; i++) {
            files.put("src/components/Widget" + i + ".jsx", ("// widget " + i + "\n").repeat(250));
        }
        files.put("src/components/RecipeForm.jsx", """
                import { useState } from "react";
                import DurationField from "./DurationField.jsx";
                import { validate } from '../lib/validate';
                export default function RecipeForm() { return <form><DurationField /></form>; }
                """);
        files.put(
                "src/components/DurationField.jsx",
                "import { minutes } from '../lib/units.js';\nexport default function DurationField() {}\n");
        files.put("src/lib/validate.js", "export function validate(recipe) { return recipe.title !== ''; }\n");
        files.put("src/lib/units.js", "export const minutes = (m) => m + ' min';\n");
        return files;
    }
}
