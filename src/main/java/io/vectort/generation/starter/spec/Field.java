package io.vectort.generation.starter.spec;

import java.util.List;

/**
 * One field of an entity.
 *
 * @param key camelCase property name in generated code ({@code unitPrice})
 * @param label what forms and table headings show ({@code Unit price})
 * @param samples exactly three example values, in the order of the seed rows; numbers and booleans
 *     are written as JavaScript literals ({@code 12.5}, {@code true}), everything else as plain text
 */
public record Field(String key, String label, FieldType type, boolean required, List<String> samples) {

    public static final int SAMPLE_COUNT = 3;

    public Field {
        samples = List.copyOf(samples);
        if (!key.matches("[a-z][A-Za-z0-9]*")) {
            throw new IllegalArgumentException("field key must be camelCase: " + key);
        }
        if (samples.size() != SAMPLE_COUNT) {
            throw new IllegalArgumentException("field " + key + " needs " + SAMPLE_COUNT + " samples");
        }
    }

    public static Field of(String key, FieldType type, String... samples) {
        return new Field(key, Naming.sentence(key), type, false, List.of(samples));
    }

    public static Field required(String key, FieldType type, String... samples) {
        return new Field(key, Naming.sentence(key), type, true, List.of(samples));
    }

    public String sample(int row) {
        return samples.get(row);
    }
}
