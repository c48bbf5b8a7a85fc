package io.vectort.generation.starter.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The fixed words of a generated app in the description's language ("tâche", "Mon blog"), read
 * from {@code starters/phrasebook/<code>.properties} so that translators edit text, not Java.
 * Every phrasebook holds every key: {@code PhrasebookTest} checks them against the English one.
 * Keys starting with {@code ui} fill the template slots of the same name.
 */
public final class Phrasebook {

    private static final Map<String, Phrasebook> BOOKS = new HashMap<>();

    private final Properties words;

    private Phrasebook(Properties words) {
        this.words = words;
    }

    /** The phrasebook of a language by its ISO 639-1 code ({@code fr}). */
    public static synchronized Phrasebook of(String language) {
        return BOOKS.computeIfAbsent(language, Phrasebook::load);
    }

    /** The word for {@code key}; a missing key is a packaging bug, so it fails loudly. */
    public String word(String key) {
        String word = words.getProperty(key);
        if (word == null) {
            throw new IllegalStateException("phrasebook has no '" + key + "'");
        }
        return word;
    }

    /**
     * {@code key}'s phrase with each of its named placeholders ({@code {name}}, {@code {records}})
     * replaced by its value: "Couleur d’accent : {colour}" with {@code colour=vert}.
     */
    public String filled(String key, Map<String, String> values) {
        String phrase = word(key);
        for (Map.Entry<String, String> value : values.entrySet()) {
            phrase = phrase.replace("{" + value.getKey() + "}", value.getValue());
        }
        return phrase;
    }

    /** The word for {@code key}, or {@code fallback} where this phrasebook has none (a field label it lacks). */
    public String wordOr(String key, String fallback) {
        return words.getProperty(key, fallback);
    }

    /**
     * {@code key}'s phrase with {@code {0}} replaced by the bare noun ("Ajouter : recette"),
     * {@code {1}} by the noun with its article, which only English phrases use ("Add a task"), and
     * {@code {2}} by the plural ("Rechercher parmi les recettes").
     */
    public String phrase(String key, Entity entity) {
        return word(key)
                .replace("{0}", entity.displaySingular())
                .replace("{1}", entity.withArticle())
                .replace("{2}", entity.displayPlural());
    }

    public Properties all() {
        Properties copy = new Properties();
        copy.putAll(words);
        return copy;
    }

    private static Phrasebook load(String language) {
        String path = "/starters/phrasebook/" + language + ".properties";
        try (InputStream in = Phrasebook.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            Properties words = new Properties();
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new Phrasebook(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
