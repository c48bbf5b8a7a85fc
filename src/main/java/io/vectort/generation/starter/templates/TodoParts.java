package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;
import io.vectort.generation.starter.spec.Entity;
import io.vectort.generation.starter.spec.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * What the todo lists of every browser framework share: the item's nouns in templates, and sample
 * rows whose due dates are computed when the app first runs (tomorrow, none, yesterday), so the
 * samples never look months overdue while the generated file stays the same on every generation.
 */
final class TodoParts {

    static final String DATES = "shared/todo-dates.js";

    private static final List<String> DUE = List.of("daysFromToday(1)", "null", "daysFromToday(-1)");

    private TodoParts() {}

    static String rows(Entity item, String indent) {
        Field title = item.titleField();
        Field done = item.fields().getLast();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < Field.SAMPLE_COUNT; i++) {
            lines.add(indent + "{ id: " + Js.str("seed-" + (i + 1)) + ", title: " + Js.sample(title, i) + ", dueDate: "
                    + DUE.get(i) + ", done: " + Js.sample(done, i) + " },");
        }
        return String.join("\n", lines);
    }

    /** {@code src/data/seed.js} of the React and Vue todo lists. */
    static String seedModule(Entity item) {
        return "import { daysFromToday } from \"../dates.js\";\n\n// Sample items shown until the first change is saved in the browser.\nexport const "
                + item.identifier() + " = [\n" + rows(item, "  ") + "\n];\n";
    }

    /** The UI's fixed words in the app's language: every {@code «ui…»} slot, "Add a task" included. */
    static Template words(Template template, AppSpec spec) {
        return template.words(spec);
    }

    /** {@code text} as a template whose slots hold the item's nouns: {@code «pascal»}, {@code «plural»} and more. */
    static Template slots(String text, AppSpec spec) {
        Entity item = spec.primary();
        return words(Template.of(text), spec)
                .with("identifier", item.identifier())
                .with("storageKey", Js.str(item.identifier()))
                .with("pascal", item.pascal())
                .with("label", item.label())
                .with("singular", item.displaySingular())
                .with("plural", item.displayPlural())
                .with("article", item.withArticle());
    }
}
