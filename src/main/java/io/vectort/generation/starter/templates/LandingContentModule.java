package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** {@code src/content.js} of the React and Vue landing pages: tagline, highlights and plans as data. */
final class LandingContentModule {

    private LandingContentModule() {}

    static String render(AppSpec spec) {
        List<String> highlights = new ArrayList<>();
        for (int i = 0; i < spec.highlights().size(); i++) {
            highlights.add("  { title: " + Js.str(spec.highlights().get(i)) + ", text: "
                    + Js.str(LandingContent.blurb(spec, i)) + " },");
        }
        String plans = LandingContent.plans(spec).stream()
                .map(plan -> "  {\n    name: " + Js.str(plan.name()) + ",\n    price: " + Js.str(plan.price())
                        + ",\n    perks: [" + plan.perks().stream().map(Js::str).collect(Collectors.joining(", "))
                        + "],\n    featured: " + plan.featured() + ",\n  },")
                .collect(Collectors.joining("\n"));
        return "// The words of the landing page, kept apart from the layout so they are easy to edit.\n"
                + "export const TAGLINE = " + Js.str(spec.tagline()) + ";\n\n"
                + "export const HIGHLIGHTS = [\n" + String.join("\n", highlights) + "\n];\n\n"
                + "export const PLANS = [\n" + plans + "\n];\n";
    }
}
