package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.Entity;
import io.vectort.generation.starter.spec.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * Sample rows of a todo list for the browser UIs. Due dates are computed when the app first runs
 * (tomorrow, none, yesterday), so the samples never look months overdue; the generated file itself
 * stays the same on every generation.
 */
final class TodoSeed {

    static final String DATES = """

            function toIsoDate(date) {
              const month = String(date.getMonth() + 1).padStart(2, "0");
              const day = String(date.getDate()).padStart(2, "0");
              return `${date.getFullYear()}-${month}-${day}`;
            }

            function daysFromToday(days) {
              const date = new Date();
              date.setDate(date.getDate() + days);
              return toIsoDate(date);
            }
            """;

    private static final List<String> DUE = List.of("daysFromToday(1)", "null", "daysFromToday(-1)");

    private TodoSeed() {}

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
}
