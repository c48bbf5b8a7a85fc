package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.Entity;
import io.vectort.generation.starter.spec.Field;
import java.util.stream.Collectors;

/** Vue template markup for an entity's form controls and table cells. */
final class VueFields {

    private VueFields() {}

    static String inputs(Entity entity, int indent) {
        return entity.fields().stream()
                .map(field -> Template.indent(input(entity, field), indent))
                .collect(Collectors.joining("\n"));
    }

    private static String input(Entity entity, Field field) {
        String id = entity.identifier() + "-" + field.key();
        String label = "<label for=\"" + id + "\">" + field.label() + "</label>";
        String common = "id=\"" + id + "\" v-model=\"draft." + field.key() + "\"";
        String required = field.required() ? " required" : "";
        return switch (field.type()) {
            case BOOLEAN ->
                "<div class=\"field checkbox\">\n  <input " + common + " type=\"checkbox\" />\n  " + label + "\n</div>";
            case LONGTEXT ->
                "<div class=\"field field-wide\">\n  " + label + "\n  <textarea " + common + " rows=\"3\"" + required
                        + "></textarea>\n</div>";
            default ->
                "<div class=\"field\">\n  " + label + "\n  <input " + common + " "
                        + ReactFields.typeAttributes(field).replace("inputMode", "inputmode") + required
                        + " />\n</div>";
        };
    }

    static String cells(Entity entity, int indent) {
        return entity.fields().stream()
                .limit(HtmlFields.TABLE_COLUMNS)
                .map(f -> " ".repeat(indent) + cell(f))
                .collect(Collectors.joining("\n"));
    }

    private static String cell(Field field) {
        String value = "item." + field.key();
        return switch (field.type()) {
            case TEXT, EMAIL, URL -> "<td>{{ " + value + " }}</td>";
            case LONGTEXT -> "<td class=\"clip\">{{ " + value + " }}</td>";
            case NUMBER, MONEY ->
                "<td class=\"num\">{{ formatValue(\"" + field.type().id() + "\", " + value + ") }}</td>";
            case DATE, BOOLEAN -> "<td>{{ formatValue(\"" + field.type().id() + "\", " + value + ") }}</td>";
        };
    }

    /** The record a submitted draft becomes; v-model may give numbers for number inputs, hence String(). */
    static String record(Entity entity, String indent) {
        return entity.fields().stream()
                .map(f -> indent + f.key() + ": "
                        + switch (f.type()) {
                            case NUMBER, MONEY -> "toNumber(draft." + f.key() + ")";
                            case BOOLEAN -> "draft." + f.key();
                            default -> "String(draft." + f.key() + ").trim()";
                        }
                        + ",")
                .collect(Collectors.joining("\n"));
    }
}
