package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.Entity;
import io.vectort.generation.starter.spec.Field;
import io.vectort.generation.starter.spec.FieldType;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** JavaScript literals for generated code: strings, seed rows and field schemas. */
final class Js {

    private Js() {}

    /**
     * A double-quoted string literal, valid both as JavaScript and as JSON. Generated code only
     * puts such literals in .js files and inside JSX or Vue expressions, never inline in HTML.
     */
    static String str(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** The literal for a field's sample; an empty sample is {@code null} ({@code false} for flags). */
    static String sample(Field field, int row) {
        String sample = field.sample(row);
        if (sample.isEmpty()) {
            return field.type() == FieldType.BOOLEAN ? "false" : "null";
        }
        return switch (field.type()) {
            case NUMBER, MONEY -> {
                Double.parseDouble(sample); // fails fast on a lexicon typo instead of emitting broken code
                yield sample;
            }
            case BOOLEAN -> Boolean.parseBoolean(sample) ? "true" : "false";
            default -> str(sample);
        };
    }

    /** {@code { id: "seed-1", name: "Chain", price: 29.99 }}, with a leading id when one is given. */
    static String row(Entity entity, int row, String idLiteral) {
        List<String> parts = new ArrayList<>();
        if (!idLiteral.isEmpty()) {
            parts.add("id: " + idLiteral);
        }
        for (Field field : entity.fields()) {
            parts.add(field.key() + ": " + sample(field, row));
        }
        return "{ " + String.join(", ", parts) + " }";
    }

    /** The seed rows of an entity as array elements, one per line, each ending with a comma. */
    static String rows(Entity entity, String indent, boolean stringIds) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < Field.SAMPLE_COUNT; i++) {
            String id = stringIds ? str("seed-" + (i + 1)) : "";
            lines.add(indent + row(entity, i, id) + ",");
        }
        return String.join("\n", lines);
    }

    /** The field schema as array elements: {@code { name: "price", label: "Price", type: "money", required: false },}. */
    static String schema(Entity entity, String indent) {
        return entity.fields().stream()
                .map(f -> indent + "{ name: " + str(f.key()) + ", label: " + str(f.label()) + ", type: "
                        + str(f.type().id()) + ", required: " + f.required() + " },")
                .collect(Collectors.joining("\n"));
    }
}
