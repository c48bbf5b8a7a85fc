package io.vectort.generation.starter.spec;

import java.util.List;

/**
 * Everything the templates need to know about the app to generate.
 *
 * @param name title shown in the UI ({@code Bike Parts Inventory})
 * @param slug package name and storage prefix ({@code bike-parts-inventory})
 * @param description the first prompt, quoted in the generated README
 * @param entities at least one; for todo, blog and landing the archetype's own entity comes first
 * @param tagline one sentence under the name on landing pages
 * @param highlights feature bullets of a landing page, at least three
 * @param language ISO 639-1 code of the description's language, which the generated UI speaks
 */
public record AppSpec(
        String name,
        String slug,
        String description,
        Archetype archetype,
        List<Entity> entities,
        boolean darkMode,
        Accent accent,
        String tagline,
        List<String> highlights,
        String language) {

    public AppSpec {
        entities = List.copyOf(entities);
        highlights = List.copyOf(highlights);
        if (entities.isEmpty()) {
            throw new IllegalArgumentException("an app needs at least one entity");
        }
    }

    /** An app whose UI speaks English. */
    public AppSpec(
            String name,
            String slug,
            String description,
            Archetype archetype,
            List<Entity> entities,
            boolean darkMode,
            Accent accent,
            String tagline,
            List<String> highlights) {
        this(name, slug, description, archetype, entities, darkMode, accent, tagline, highlights, "en");
    }

    /** The fixed words of the generated UI in its language. */
    public Phrasebook words() {
        return Phrasebook.of(language);
    }

    /** The entity the archetype is about: tasks of a todo list, posts of a blog, sign-ups of a landing page. */
    public Entity primary() {
        return entities.getFirst();
    }

    /** Whether the app manages the entity with this singular name (a blog's {@code category}). */
    public boolean has(String singular) {
        return entities.stream().anyMatch(e -> e.singular().equals(singular));
    }
}
