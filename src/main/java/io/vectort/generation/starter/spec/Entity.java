package io.vectort.generation.starter.spec;

import java.util.List;

/**
 * A kind of record the app manages, named twice: in code (ASCII, so that it makes identifiers, file
 * names and URLs) and in the person's own words for the UI, which may be another language.
 *
 * @param singular code name, camelCase ASCII ({@code part}, {@code rendezVous})
 * @param plural code name of the plural ({@code parts}); may equal {@code singular} ({@code sheep})
 * @param displaySingular the noun as the UI shows it ({@code part}, {@code rendez-vous}, {@code Patient})
 * @param displayPlural its plural as the UI shows it ({@code parts}, {@code rendez-vous}, {@code Patienten})
 * @param fields in display order; the first is a required text field that names a record
 */
public record Entity(String singular, String plural, String displaySingular, String displayPlural, List<Field> fields) {

    private static final String CODE_NAME = "[a-z][a-zA-Z]*";
    // Letters, inner spaces, hyphens and apostrophes: safe in HTML text and double-quoted JS strings.
    private static final String DISPLAY_NAME = "\\p{L}+(?:[ '’-]\\p{L}+)*";

    public Entity {
        fields = List.copyOf(fields);
        if (!singular.matches(CODE_NAME) || !plural.matches(CODE_NAME)) {
            throw new IllegalArgumentException("entity code names are camelCase ASCII words: " + singular);
        }
        if (!displaySingular.matches(DISPLAY_NAME) || !displayPlural.matches(DISPLAY_NAME)) {
            throw new IllegalArgumentException("entity display names are words: " + displaySingular);
        }
        if (fields.isEmpty()
                || fields.getFirst().type() != FieldType.TEXT
                || !fields.getFirst().required()) {
            throw new IllegalArgumentException("the first field of " + singular + " must be required text");
        }
    }

    /** An entity whose UI words are its code names, as for English nouns. */
    public Entity(String singular, String plural, List<Field> fields) {
        this(singular, plural, singular, plural, fields);
    }

    /** The same entity, shown in the UI with the person's own words. */
    public Entity displayedAs(String displaySingular, String displayPlural) {
        return new Entity(singular, plural, displaySingular, displayPlural, fields);
    }

    /** The field that names a record in lists, confirmations and links. */
    public Field titleField() {
        return fields.getFirst();
    }

    /** {@code Parts}: headings, tabs. */
    public String label() {
        return Naming.capitalize(displayPlural);
    }

    /** {@code Part}: buttons and form titles. */
    public String singularLabel() {
        return Naming.capitalize(displaySingular);
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

    /** {@code parts}, {@code rendez-vous}: URL segments and route file names. */
    public String urlSegment() {
        return Naming.kebab(plural);
    }

    /** The UI noun with the English article of the generated UI ({@code a part}, {@code an invoice}). */
    public String withArticle() {
        return Naming.withArticle(displaySingular);
    }
}
