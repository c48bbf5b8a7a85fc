package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;
import io.vectort.generation.starter.spec.Entity;
import io.vectort.generation.starter.spec.Field;
import io.vectort.generation.starter.spec.Phrasebook;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An app's entities as its language shows them: field labels from the phrasebook
 * ({@code field.dueDate=Échéance}) and sample values from {@code starters/phrasebook/samples.tsv},
 * one English sample per line with its translations in the columns after it ({@code \\n} for a
 * line break in a post's text). Names, e-mail
 * addresses, codes and numbers have no row and stay as they are; English keeps the lexicon's words.
 */
final class LocalizedSpec {

    private static final String SAMPLES = "/starters/phrasebook/samples.tsv";

    private static final Map<String, Map<String, String>> SAMPLES_BY_LANGUAGE = readSamples();

    private LocalizedSpec() {}

    static AppSpec of(AppSpec spec) {
        if (spec.language().equals("en")) {
            return spec;
        }
        List<Entity> entities =
                spec.entities().stream().map(e -> localized(e, spec)).toList();
        return new AppSpec(
                spec.name(),
                spec.slug(),
                spec.description(),
                spec.archetype(),
                entities,
                spec.darkMode(),
                spec.accent(),
                spec.tagline(),
                spec.highlights(),
                spec.language());
    }

    /** The translation of an English sample value, or the value itself when it needs none. */
    static String sample(String english, String language) {
        return SAMPLES_BY_LANGUAGE.getOrDefault(language, Map.of()).getOrDefault(english, english);
    }

    private static Entity localized(Entity entity, AppSpec spec) {
        Phrasebook words = spec.words();
        List<Field> fields = entity.fields().stream()
                .map(f -> new Field(
                        f.key(),
                        words.wordOr("field." + f.key(), f.label()),
                        f.type(),
                        f.required(),
                        f.samples().stream()
                                .map(s -> sample(s, spec.language()))
                                .toList()))
                .toList();
        return new Entity(entity.singular(), entity.plural(), entity.displaySingular(), entity.displayPlural(), fields);
    }

    private static Map<String, Map<String, String>> readSamples() {
        try (InputStream in = LocalizedSpec.class.getResourceAsStream(SAMPLES)) {
            if (in == null) {
                throw new IllegalStateException("missing " + SAMPLES);
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            String[] languages = lines.getFirst().split("\t");
            Map<String, Map<String, String>> samples = new HashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] columns = line.split("\t");
                if (columns.length != languages.length) {
                    throw new IllegalStateException(SAMPLES + ": needs " + languages.length + " columns: " + line);
                }
                for (int i = 1; i < columns.length; i++) {
                    samples.computeIfAbsent(languages[i], l -> new HashMap<>())
                            .put(unescape(columns[0]), unescape(columns[i]));
                }
            }
            return samples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unescape(String cell) {
        return cell.replace("\\n", "\n");
    }
}
