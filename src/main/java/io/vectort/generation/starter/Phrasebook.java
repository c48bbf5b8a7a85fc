package io.vectort.generation.starter;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * The fixed words of a generated app in the description's language ("tâche", "Mon blog"), read
 * from {@code starters/phrasebook/<code>.properties} so that translators edit text, not Java.
 * Every phrasebook holds every key: {@code PhrasebookTest} checks them against the English one.
 */
final class Phrasebook {

    private static final Map<ForeignLanguage, Phrasebook> BOOKS = new EnumMap<>(ForeignLanguage.class);

    private final Properties words;

    private Phrasebook(Properties words) {
        this.words = words;
    }

    static synchronized Phrasebook of(ForeignLanguage language) {
        return BOOKS.computeIfAbsent(language, Phrasebook::load);
    }

    /** The word for {@code key}; a missing key is a packaging bug, so it fails loudly. */
    String word(String key) {
        String word = words.getProperty(key);
        if (word == null) {
            throw new IllegalStateException("phrasebook has no '" + key + "'");
        }
        return word;
    }

    Properties all() {
        Properties copy = new Properties();
        copy.putAll(words);
        return copy;
    }

    private static Phrasebook load(ForeignLanguage language) {
        String path = "/starters/phrasebook/" + language.code() + ".properties";
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
