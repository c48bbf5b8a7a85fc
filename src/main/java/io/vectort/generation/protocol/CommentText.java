package io.vectort.generation.protocol;

import java.util.Optional;

/**
 * The text of a line that is a comment of its own, in the syntaxes generated web projects use: JS, TS
 * and CSS (line comments, block comments and their {@code *} continuation lines), JSX (a block comment
 * in braces), HTML and Markdown ({@code <!-- -->}), shell, Python and YAML ({@code #}), SQL and Lua
 * ({@code --}).
 */
final class CommentText {

    private CommentText() {}

    /** The comment's text without its markers, when the stripped {@code line} is a comment. */
    static Optional<String> of(String line) {
        if (line.startsWith("{/*")) {
            return Optional.of(trimEnd(trimEnd(line.substring(3), "*/}"), "*/"));
        }
        if (line.startsWith("/*")) {
            return Optional.of(trimEnd(line.substring(2), "*/"));
        }
        if (line.startsWith("<!--")) {
            return Optional.of(trimEnd(line.substring(4), "-->"));
        }
        if (line.startsWith("//")) {
            return Optional.of(line.substring(2));
        }
        if (line.startsWith("#")) {
            return Optional.of(line.replaceFirst("^#+", ""));
        }
        if (line.startsWith("--")) {
            return Optional.of(line.substring(2));
        }
        if (line.startsWith("*")) {
            return Optional.of(trimEnd(line.substring(1), "*/"));
        }
        return Optional.empty();
    }

    private static String trimEnd(String text, String suffix) {
        String stripped = text.strip();
        return stripped.endsWith(suffix) ? stripped.substring(0, stripped.length() - suffix.length()) : stripped;
    }
}
