package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;
import io.vectort.generation.starter.spec.Entity;
import io.vectort.generation.starter.spec.Field;
import io.vectort.generation.starter.spec.Naming;
import io.vectort.generation.starter.spec.Phrasebook;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** The README of a generated project: where it came from, what is in it, how to run and build it. */
final class Readme {

    private static final String TEMPLATE = "shared/README.md";

    private Readme() {}

    static String render(AppSpec spec, Stack stack, Collection<String> paths) {
        return Template.load(TEMPLATE)
                .words(spec)
                .with("name", spec.name())
                .with("what", Naming.capitalize(stack.describeInItsLanguage(spec)) + ".")
                .with("quote", quote(spec.description()))
                .with("inside", inside(spec, stack))
                .with("run", stack.howToRun(spec))
                .with("files", paths.stream().map(p -> "- `" + p + "`").collect(Collectors.joining("\n")))
                .render();
    }

    /** Every line quoted, so no line of the description can read as a heading or a protocol tag. */
    private static String quote(String description) {
        return description.strip().lines().map(line -> "> " + line).collect(Collectors.joining("\n"));
    }

    private static String inside(AppSpec spec, Stack stack) {
        Phrasebook words = spec.words();
        StringBuilder out = new StringBuilder();
        for (Entity entity : spec.entities()) {
            out.append("- **")
                    .append(entity.label())
                    .append("**: ")
                    .append(entity.fields().stream().map(Field::label).collect(Collectors.joining(", ")))
                    .append('\n');
        }
        if (stack.hasUi(spec)) {
            if (spec.darkMode()) {
                out.append("- ").append(words.word("readmeDarkMode")).append('\n');
            }
            out.append("- ")
                    .append(words.filled(
                            "readmeAccent",
                            Map.of(
                                    "colour",
                                    spec.accent().name(),
                                    "hex",
                                    spec.accent().hex())))
                    .append('\n');
        }
        out.append("- ").append(stack.storage(spec)).append('\n');
        return out.toString().strip();
    }
}
