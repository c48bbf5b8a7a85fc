package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.Entity;
import io.vectort.generation.starter.spec.Field;
import java.util.stream.Collectors;

/** Labelled form controls and table headings for an entity, in plain HTML. */
final class HtmlFields {

    /** How many fields a table shows; the form always has all of them. */
    static final int TABLE_COLUMNS = 5;

    private HtmlFields() {}

    static String form(Entity entity, String idPrefix, String indent) {
        return entity.fields().stream()
                .map(field -> field(idPrefix + "-" + field.key(), field, indent))
                .collect(Collectors.joining("\n"));
    }

    static String field(String id, Field field, String indent) {
        String label = "<label for=\"" + id + "\">" + Html.escape(field.label()) + "</label>";
        String control = control(id, field);
        return switch (field.type()) {
            case BOOLEAN ->
                indent + "<div class=\"field checkbox\">\n" + indent + "  " + control + "\n" + indent + "  " + label
                        + "\n" + indent + "</div>";
            case LONGTEXT ->
                indent + "<div class=\"field field-wide\">\n" + indent + "  " + label + "\n" + indent + "  " + control
                        + "\n" + indent + "</div>";
            default ->
                indent + "<div class=\"field\">\n" + indent + "  " + label + "\n" + indent + "  " + control + "\n"
                        + indent + "</div>";
        };
    }

    static String control(String id, Field field) {
        String common = "id=\"" + id + "\" name=\"" + field.key() + "\"";
        String required = field.required() ? " required" : "";
        return switch (field.type()) {
            case LONGTEXT -> "<textarea " + common + " rows=\"3\"" + required + "></textarea>";
            case BOOLEAN -> "<input " + common + " type=\"checkbox\" />";
            case MONEY ->
                "<input " + common + " type=\"number\" step=\"0.01\" min=\"0\" inputmode=\"decimal\"" + required
                        + " />";
            case NUMBER -> "<input " + common + " type=\"number\" step=\"any\"" + required + " />";
            default -> "<input " + common + " type=\"" + field.type().inputType() + "\"" + required + " />";
        };
    }

    /** Table header cells for the first {@link #TABLE_COLUMNS} fields, in HTML and Vue templates. */
    static String headings(Entity entity, String indent) {
        return headings(entity, indent, "class");
    }

    /** The same, with the class attribute spelled as the template language wants ({@code className}). */
    static String headings(Entity entity, String indent, String classAttribute) {
        return entity.fields().stream()
                .limit(TABLE_COLUMNS)
                .map(f -> indent + "<th scope=\"col\"" + (f.type().numeric() ? " " + classAttribute + "=\"num\"" : "")
                        + ">" + Html.escape(f.label()) + "</th>")
                .collect(Collectors.joining("\n"));
    }
}
