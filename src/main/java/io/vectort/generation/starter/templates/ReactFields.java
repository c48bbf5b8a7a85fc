package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.Entity;
import io.vectort.generation.starter.spec.Field;
import io.vectort.generation.starter.spec.FieldType;
import java.util.stream.Collectors;

/** JSX for an entity's form controls, table cells and the conversions between record and draft. */
final class ReactFields {

    private ReactFields() {}

    static String inputs(Entity entity, String indent) {
        return entity.fields().stream()
                .map(field -> Template.indent(input(entity, field), indent.length()))
                .collect(Collectors.joining("\n"));
    }

    private static String input(Entity entity, Field field) {
        String id = entity.identifier() + "-" + field.key();
        String label = "<label htmlFor=\"" + id + "\">" + field.label() + "</label>";
        String common = "id=\"" + id + "\" name=\"" + field.key() + "\"";
        String value = "value={draft." + field.key() + "} onChange={change}";
        String required = field.required() ? " required" : "";
        return switch (field.type()) {
            case BOOLEAN ->
                "<div className=\"field checkbox\">\n  <input " + common + " type=\"checkbox\" checked={draft."
                        + field.key() + "} onChange={change} />\n  " + label + "\n</div>";
            case LONGTEXT ->
                "<div className=\"field field-wide\">\n  " + label + "\n  <textarea " + common + " rows={3} " + value
                        + required + " />\n</div>";
            default ->
                "<div className=\"field\">\n  " + label + "\n  <input " + common + " " + typeAttributes(field) + " "
                        + value + required + " />\n</div>";
        };
    }

    /** The type (and step) attributes of a non-checkbox input; the same in JSX and Vue templates. */
    static String typeAttributes(Field field) {
        return switch (field.type()) {
            case MONEY -> "type=\"number\" step=\"0.01\" min=\"0\" inputMode=\"decimal\"";
            case NUMBER -> "type=\"number\" step=\"any\"";
            default -> "type=\"" + field.type().inputType() + "\"";
        };
    }

    static String cells(Entity entity, String indent) {
        return entity.fields().stream()
                .limit(HtmlFields.TABLE_COLUMNS)
                .map(f -> indent + cell(f))
                .collect(Collectors.joining("\n"));
    }

    private static String cell(Field field) {
        String value = "item." + field.key();
        return switch (field.type()) {
            case TEXT, EMAIL, URL -> "<td>{" + value + "}</td>";
            case LONGTEXT -> "<td className=\"clip\">{" + value + "}</td>";
            case NUMBER, MONEY ->
                "<td className=\"num\">{formatValue(\"" + field.type().id() + "\", " + value + ")}</td>";
            case DATE, BOOLEAN -> "<td>{formatValue(\"" + field.type().id() + "\", " + value + ")}</td>";
        };
    }

    /** {@code { name: "", price: "", active: false }}: an empty form. */
    static String emptyDraft(Entity entity) {
        return entity.fields().stream()
                .map(f -> f.key() + ": " + (f.type() == FieldType.BOOLEAN ? "false" : "\"\""))
                .collect(Collectors.joining(", ", "{ ", " }"));
    }

    /** The record a submitted draft becomes: trimmed text, numbers or null, booleans as they are. */
    static String record(Entity entity, String indent) {
        return entity.fields().stream()
                .map(f -> indent + f.key() + ": "
                        + switch (f.type()) {
                            case NUMBER, MONEY -> "toNumber(draft." + f.key() + ")";
                            case BOOLEAN -> "draft." + f.key();
                            default -> "draft." + f.key() + ".trim()";
                        }
                        + ",")
                .collect(Collectors.joining("\n"));
    }
}
