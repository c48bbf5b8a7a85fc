package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;
import io.vectort.generation.starter.spec.Archetype;
import io.vectort.generation.starter.spec.Entity;
import io.vectort.generation.starter.spec.Naming;
import io.vectort.generation.starter.spec.Phrasebook;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The frameworks the starter generates for, with how their projects are described and run. */
enum Stack {
    HTML("html"),
    REACT("react"),
    VUE("vue"),
    EXPRESS("express");

    private final String id;

    Stack(String id) {
        this.id = id;
    }

    static Optional<Stack> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }

    /**
     * "a React + Vite CRUD dashboard for parts and suppliers" in the app's language, for its
     * README, page descriptions and the turn's narrative and summary.
     */
    String describeInItsLanguage(AppSpec spec) {
        return describe(spec, spec.words());
    }

    private String describe(AppSpec spec, Phrasebook words) {
        String records = and(spec.entities().stream().map(Entity::displayPlural).toList(), words);
        String key = this == EXPRESS
                ? (spec.archetype() == Archetype.LANDING ? "describeExpressLanding" : "describeExpressApi")
                : "describe" + Naming.pascal(spec.archetype().id());
        return words.filled(key, Map.of("stack", words.word("stack" + Naming.pascal(id)), "records", records));
    }

    /** Whether the project has a UI, where dark mode and the accent colour show; an Express API has none. */
    boolean hasUi(AppSpec spec) {
        return this != EXPRESS || spec.archetype() == Archetype.LANDING;
    }

    String storage(AppSpec spec) {
        return spec.words().word(this == EXPRESS ? "readmeStorageServer" : "readmeStorageBrowser");
    }

    String howToRun(AppSpec spec) {
        return switch (this) {
            case HTML -> Template.phrased("shared/run/html.md", spec);
            case REACT, VUE -> Template.phrased("shared/run/vite.md", spec);
            case EXPRESS -> Template.phrased("shared/run/express.md", spec) + ExpressApiTable.render(spec);
        };
    }

    private static String and(List<String> items, Phrasebook words) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + words.word("and") + " " + items.getLast();
    }
}
