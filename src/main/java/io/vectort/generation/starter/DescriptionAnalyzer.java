package io.vectort.generation.starter;

import io.vectort.generation.starter.spec.Accent;
import io.vectort.generation.starter.spec.AppSpec;
import io.vectort.generation.starter.spec.Archetype;
import io.vectort.generation.starter.spec.Entity;
import io.vectort.generation.starter.spec.Naming;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedSet;
import java.util.Set;

/**
 * Reads a project's prompts, oldest first, into an {@link AppSpec}. Later prompts refine earlier
 * ones: they add or remove entities, switch dark mode, change the accent colour or rename the app;
 * a derived name always comes from the first prompt, so that "add suppliers" does not rename it.
 * Pure and deterministic: the same prompts always give the same spec.
 */
final class DescriptionAnalyzer {

    static final int MAX_DASHBOARD_ENTITIES = 4;

    AppSpec analyze(List<String> prompts, Archetype archetype) {
        if (prompts.isEmpty()) {
            throw new IllegalArgumentException("at least one prompt is needed");
        }
        SequencedSet<String> mentioned = new LinkedHashSet<>();
        Map<String, ForeignMentions.Mention> foreign = new LinkedHashMap<>();
        Optional<String> name = Optional.empty();
        boolean darkMode = false;
        Accent accent = Accent.DEFAULT;
        ForeignLanguage projectLanguage = ForeignMentions.languageOf(readable(prompts.getFirst()));
        for (int turn = 0; turn < prompts.size(); turn++) {
            String prompt = prompts.get(turn);
            // Records are read without the given name and theme phrases; once per prompt.
            String text = readable(prompt);
            ForeignLanguage language = turn == 0 ? projectLanguage : ForeignMentions.languageOf(text, projectLanguage);
            Features features = Features.in(prompt);
            darkMode = features.darkMode().orElse(darkMode);
            accent = features.accent().orElse(accent);
            Optional<String> given = AppNames.explicit(prompt);
            name = given.isPresent() ? given : name;
            List<ForeignMentions.Mention> named = ForeignMentions.in(text, language);
            // A follow-up in the project's language that names no record it knows names none: read
            // as English, "mets l'accent en vert" would add "mets". A first description, and a
            // follow-up with no telling word ("add suppliers"), also get the English reading.
            boolean readAsEnglish = turn == 0
                    || language == ForeignLanguage.ENGLISH
                    || ForeignMentions.undecided(text, projectLanguage);
            // "enlève les fournisseurs" names them to take them away.
            Set<String> removed = ForeignMentions.removedIn(text, language);
            if (named.isEmpty() && removed.isEmpty() && readAsEnglish) {
                EntityMentions mentions = EntityMentions.in(text);
                mentioned.removeAll(mentions.removed());
                mentioned.addAll(mentions.added());
            } else {
                named.stream().filter(m -> !removed.contains(m.code())).forEach(m -> {
                    foreign.put(m.code(), m);
                    mentioned.add(m.code());
                });
                mentioned.removeAll(removed);
            }
        }
        String first = prompts.getFirst();
        List<Entity> entities = entities(archetype, mentioned, prompts, foreign, projectLanguage);
        // Derived from the first prompt and its entities alone, so later turns never rename the app.
        List<Entity> firstEntities = entities(archetype, mentionsIn(first), List.of(first), foreign, projectLanguage);
        String appName = name.orElseGet(() -> projectLanguage == ForeignLanguage.ENGLISH
                ? AppNames.derive(first, archetype, firstEntities)
                : ForeignAppNames.derive(readable(first), projectLanguage, archetype, firstEntities));
        LandingCopy copy = LandingCopy.from(first, appName);
        return new AppSpec(
                appName,
                Naming.slug(appName),
                first,
                archetype,
                entities,
                darkMode,
                accent,
                copy.tagline(),
                copy.highlights(),
                projectLanguage.code());
    }

    /** The prompt without its given name and theme phrases: "called Parts Hub" names no entity. */
    private static String readable(String prompt) {
        return Features.withoutThemePhrases(AppNames.withoutExplicitName(prompt));
    }

    private static SequencedSet<String> mentionsIn(String prompt) {
        List<ForeignMentions.Mention> named = ForeignMentions.in(readable(prompt));
        return named.isEmpty()
                ? new LinkedHashSet<>(EntityMentions.in(readable(prompt)).added())
                : new LinkedHashSet<>(
                        named.stream().map(ForeignMentions.Mention::code).toList());
    }

    private static List<Entity> entities(
            Archetype archetype,
            SequencedSet<String> mentioned,
            List<String> prompts,
            Map<String, ForeignMentions.Mention> foreign,
            ForeignLanguage language) {
        if (language != ForeignLanguage.ENGLISH && archetype != Archetype.DASHBOARD) {
            List<ForeignMentions.Mention> named = mentioned.stream()
                    .filter(foreign::containsKey)
                    .map(foreign::get)
                    .toList();
            switch (archetype) {
                case TODO -> {
                    return List.of(ForeignArchetypes.todo(named, readable(prompts.getFirst()), language));
                }
                case BLOG -> {
                    return ForeignArchetypes.blog(named, language);
                }
                default -> {}
            }
        }
        return switch (archetype) {
            case TODO -> List.of(ArchetypeEntities.todo(todoItem(mentioned, prompts)));
            case BLOG -> blogEntities(mentioned);
            case LANDING -> List.of(ArchetypeEntities.signup());
            case DASHBOARD ->
                mentioned.isEmpty()
                        ? List.of(ForeignArchetypes.item(language))
                        : mentioned.stream()
                                .limit(MAX_DASHBOARD_ENTITIES)
                                .map(singular -> foreign.containsKey(singular)
                                        ? EntityLexicon.foreign(foreign.get(singular))
                                        : EntityLexicon.entity(singular))
                                .toList();
        };
    }

    private static String todoItem(SequencedSet<String> mentioned, List<String> prompts) {
        for (String singular : mentioned) {
            Optional<String> item = ArchetypeEntities.todoItem(singular);
            if (item.isPresent()) {
                return item.get();
            }
        }
        for (String prompt : prompts) {
            for (Words.Token token : Words.tokenize(prompt)) {
                Optional<String> item = ArchetypeEntities.todoWord(token.text()).filter(i -> !i.equals("task"));
                if (item.isPresent()) {
                    return item.get();
                }
            }
        }
        return listed(prompts).orElse("task");
    }

    private static final java.util.Set<String> LISTS = java.util.Set.of("list", "lists", "checklist", "todo", "todos");

    /**
     * What "a todo list of recipes" or "a checklist of camping gear" lists: the plural after "list
     * of". "A todo list for my bike parts" lists tasks about them, so only "of" counts.
     */
    private static Optional<String> listed(List<String> prompts) {
        for (String prompt : prompts) {
            List<Words.Token> tokens = Words.tokenize(readable(prompt));
            for (int i = 0; i + 2 < tokens.size(); i++) {
                if (LISTS.contains(tokens.get(i).text())
                        && tokens.get(i + 1).text().equals("of")) {
                    List<String> words = Words.Phrase.at(tokens, i + 2).words();
                    if (!words.isEmpty() && Inflector.isPlural(words.getLast())) {
                        return Optional.of(Inflector.singular(words.getLast()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static List<Entity> blogEntities(SequencedSet<String> mentioned) {
        boolean categories =
                mentioned.contains("category") || mentioned.contains("genre") || mentioned.contains("topic");
        List<Entity> entities = new ArrayList<>(List.of(ArchetypeEntities.post(categories)));
        if (categories) {
            entities.add(EntityLexicon.entity("category"));
        }
        if (mentioned.contains("author")) {
            entities.add(EntityLexicon.entity("author"));
        }
        return entities;
    }
}
