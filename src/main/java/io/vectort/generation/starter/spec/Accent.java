package io.vectort.generation.starter.spec;

/**
 * The accent colour of a generated UI.
 *
 * @param name the colour word the person used ({@code teal}), or {@code indigo} by default
 * @param hex a shade dark enough for white text on it, so buttons stay readable
 */
public record Accent(String name, String hex) {

    public static final Accent DEFAULT = new Accent("indigo", "#4f46e5");
}
