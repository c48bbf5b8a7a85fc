package io.vectort.generation.starter.spec;

import java.util.Arrays;
import java.util.Optional;

/** The catalog's application types, as the starter shapes them. */
public enum Archetype {
    TODO("todo", "todo list"),
    BLOG("blog", "blog"),
    LANDING("landing", "landing page"),
    DASHBOARD("dashboard", "CRUD dashboard");

    private final String id;
    private final String noun;

    Archetype(String id, String noun) {
        this.id = id;
        this.noun = noun;
    }

    public static Optional<Archetype> fromId(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst();
    }

    /** The catalog id ({@code dashboard}). */
    public String id() {
        return id;
    }

    /** How narratives and READMEs name it ({@code CRUD dashboard}). */
    public String noun() {
        return noun;
    }
}
