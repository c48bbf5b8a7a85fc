package io.vectort.generation.starter.spec;

import java.util.List;

/**
 * A kind of record the app manages.
 *
 * @param singular lower-case singular noun ({@code part})
 * @param plural lower-case plural noun ({@code parts}); may equal {@code singular} ({@code sheep})
 * @param fields in display order; the first is a required text field that names a record
 */
public record Entity(String singular, String plural, List<Field> fields) {

    public Entity {
        fields = List.copyOf(fields);
        if (!singular.matches("[a-z]+") || !plural.matches("[a-z]+")) {
            throw new IllegalArgumentException("entity names are single lower-case words: " + singular);
        }
        if (fields.isEmpty()
                || fields.getFirst().type() != FieldType.TEXT
                || !fields.getFirst().required()) {
            throw new IllegalArgumentException("the first field of " + singular + " must be required text");
        }
    }

    /** The field that names a record in lists, confirmations and links. */
    public Field titleField() {
        return fields.getFirst();
    }

    /** {@code Parts}: headings, tabs. */
    public String label() {
        return Naming.capitalize(plural);
    }

    /** {@code Part}: buttons and form titles. */
    public String singularLabel() {
        return Naming.capitalize(singular);
    }

    /** {@code Part}: component names. */
    public String pascal() {
        return Naming.pascal(singular);
    }

    /** {@code Parts}: panel component names. */
    public String pascalPlural() {
        return Naming.pascal(plural);
    }

    /** {@code parts}: variables, storage keys, URL segments and seed exports. */
    public String identifier() {
        return Naming.identifier(plural);
    }

    /** The article for the singular noun ({@code a part}, {@code an invoice}). */
    public String withArticle() {
        return Naming.withArticle(singular);
    }
}
