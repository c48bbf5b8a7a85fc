package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;
import io.vectort.generation.starter.spec.Archetype;
import io.vectort.generation.starter.spec.Entity;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The frameworks the starter generates for, with how their projects are described and run. */
enum Stack {
    HTML("html", "plain HTML, CSS and JavaScript"),
    REACT("react", "React + Vite"),
    VUE("vue", "Vue + Vite"),
    EXPRESS("express", "Node.js + Express");

    private final String id;
    private final String label;

    Stack(String id, String label) {
        this.id = id;
        this.label = label;
    }

    static Optional<Stack> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }

    /** "a React + Vite CRUD dashboard for parts and suppliers". */
    String describe(AppSpec spec) {
        String records = and(spec.entities().stream().map(Entity::displayPlural).toList());
        if (this == EXPRESS) {
            return switch (spec.archetype()) {
                case LANDING -> "a Node.js + Express server with a landing page and a sign-ups API";
                default -> "a Node.js + Express REST API for " + records;
            };
        }
        return "a " + label + " " + spec.archetype().noun()
                + switch (spec.archetype()) {
                    case DASHBOARD, TODO -> " for " + records;
                    case BLOG -> " with " + records;
                    case LANDING -> " with a hero, features, pricing and a sign-up form";
                };
    }

    /** Whether the project has a UI, where dark mode and the accent colour show; an Express API has none. */
    boolean hasUi(AppSpec spec) {
        return this != EXPRESS || spec.archetype() == Archetype.LANDING;
    }

    String storage() {
        return this == EXPRESS
                ? "Data lives in memory, starts with a few sample rows and resets when the server restarts"
                : "Data is saved in your browser (localStorage) and starts with a few sample rows";
    }

    String howToRun(AppSpec spec) {
        return switch (this) {
            case HTML -> TemplateTexts.get("shared/run/html.md");
            case REACT, VUE -> TemplateTexts.get("shared/run/vite.md");
            case EXPRESS -> TemplateTexts.get("shared/run/express.md") + ExpressApiTable.render(spec);
        };
    }

    private static String and(List<String> words) {
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.getLast();
    }
}
