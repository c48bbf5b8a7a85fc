package io.vectort.generation.starter.spec;

/** The kinds of values an entity field holds; each maps to an HTML input and a validation rule. */
public enum FieldType {
    TEXT("text", "text"),
    LONGTEXT("longtext", "text"),
    NUMBER("number", "number"),
    MONEY("money", "number"),
    DATE("date", "date"),
    BOOLEAN("boolean", "checkbox"),
    EMAIL("email", "email"),
    URL("url", "url");

    private final String id;
    private final String inputType;

    FieldType(String id, String inputType) {
        this.id = id;
        this.inputType = inputType;
    }

    /** The name used in generated schemas and validation code ({@code money}, {@code longtext}). */
    public String id() {
        return id;
    }

    /** The {@code type} attribute of the HTML input that edits this field. */
    public String inputType() {
        return inputType;
    }

    public boolean numeric() {
        return this == NUMBER || this == MONEY;
    }
}
