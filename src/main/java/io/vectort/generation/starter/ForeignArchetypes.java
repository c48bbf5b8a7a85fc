package io.vectort.generation.starter;

import io.vectort.generation.starter.ForeignMentions.Mention;
import io.vectort.generation.starter.spec.Entity;
import io.vectort.generation.starter.spec.Phrasebook;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The todo items and blog records of a description in another language, in its words: "une liste
 * de recettes" holds recettes, "Un blog de voyage avec des articles et des catégories" has articles
 * and catégories. Code names stay those the templates rely on where they rely on one (a blog's
 * {@code post} and {@code category}); display words come from the description or the phrasebook.
 */
final class ForeignArchetypes {

    // The nouns a blog's posts go by, in the six languages, as singulars.
    private static final Set<String> POST_WORDS =
            Set.of("article", "billet", "artículo", "entrada", "beitrag", "artikel", "articolo", "artigo", "bericht");

    private ForeignArchetypes() {}

    /** The generic record of a dashboard that names none, in the description's words. */
    static Entity item(ForeignLanguage language) {
        Entity item = EntityLexicon.entity("item");
        Phrasebook words = Phrasebook.of(language.code());
        return item.displayedAs(words.word("item"), words.word("items"));
    }

    /**
     * The todo item: the first record named, else what a list's idiom ("lista de la compra", "lista
     * dei desideri") or a compound list holds, else the phrasebook's task.
     */
    static Entity todo(List<Mention> named, String prompt, ForeignLanguage language) {
        Optional<Mention> item = named.stream()
                .findFirst()
                .or(() -> ForeignMentions.listedInIdiom(prompt))
                .or(() -> ForeignMentions.listedInCompound(prompt, language));
        if (item.isPresent()) {
            return ArchetypeEntities.todo(item.get());
        }
        Phrasebook words = Phrasebook.of(language.code());
        return ArchetypeEntities.todo("task").displayedAs(words.word("task"), words.word("tasks"));
    }

    /** A post in the description's words, with categories and authors when it names them. */
    static List<Entity> blog(List<Mention> named, ForeignLanguage language) {
        Phrasebook words = Phrasebook.of(language.code());
        Optional<Mention> categories = withKey(named, "category");
        Optional<Mention> authors = withKey(named, "author");
        Entity post = named.stream()
                .filter(m -> POST_WORDS.contains(m.displaySingular().toLowerCase(Locale.ROOT)))
                .findFirst()
                .map(m -> ArchetypeEntities.post(categories.isPresent())
                        .displayedAs(m.displaySingular(), m.displayPlural()))
                .orElseGet(() -> ArchetypeEntities.post(categories.isPresent())
                        .displayedAs(words.word("post"), words.word("posts")));
        List<Entity> entities = new ArrayList<>(List.of(post));
        categories.ifPresent(m ->
                entities.add(EntityLexicon.entity("category").displayedAs(m.displaySingular(), m.displayPlural())));
        authors.ifPresent(
                m -> entities.add(EntityLexicon.entity("author").displayedAs(m.displaySingular(), m.displayPlural())));
        return entities;
    }

    private static Optional<Mention> withKey(List<Mention> named, String key) {
        return named.stream().filter(m -> m.lexiconKey().equals(key)).findFirst();
    }
}
