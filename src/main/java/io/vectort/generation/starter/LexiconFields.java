package io.vectort.generation.starter;

import io.vectort.generation.starter.spec.Entity;
import io.vectort.generation.starter.spec.Field;
import io.vectort.generation.starter.spec.FieldType;
import java.util.List;

/** Short factories that keep the lexicon's entries readable: one line per field, samples inline. */
final class LexiconFields {

    private LexiconFields() {}

    static Entity entity(String singular, Field... fields) {
        return new Entity(singular, Inflector.plural(singular), List.of(fields));
    }

    /** The required text field that names a record. */
    static Field title(String key, String... samples) {
        return Field.required(key, FieldType.TEXT, samples);
    }

    static Field text(String key, String... samples) {
        return Field.of(key, FieldType.TEXT, samples);
    }

    static Field longText(String key, String... samples) {
        return Field.of(key, FieldType.LONGTEXT, samples);
    }

    static Field number(String key, String... samples) {
        return Field.of(key, FieldType.NUMBER, samples);
    }

    static Field money(String key, String... samples) {
        return Field.of(key, FieldType.MONEY, samples);
    }

    static Field date(String key, String... samples) {
        return Field.of(key, FieldType.DATE, samples);
    }

    static Field flag(String key, String... samples) {
        return Field.of(key, FieldType.BOOLEAN, samples);
    }

    static Field email(String key, String... samples) {
        return Field.of(key, FieldType.EMAIL, samples);
    }

    static Field url(String key, String... samples) {
        return Field.of(key, FieldType.URL, samples);
    }
}
