package io.vectort.generation.protocol;

import java.util.List;

/**
 * Builds generation-protocol text. Used by the offline starter and by tests, so that everything
 * that reaches the parser is in exactly the format an LLM is taught.
 */
public final class ProtocolWriter {

    private final StringBuilder out = new StringBuilder();

    public ProtocolWriter narrative(String text) {
        out.append(text);
        newlineIfNeeded();
        return this;
    }

    public ProtocolWriter file(String path, String content) {
        out.append("<vt-file path=\"").append(path).append("\">\n");
        block(content);
        out.append("</vt-file>\n");
        return this;
    }

    public ProtocolWriter patch(String path, List<FileOperation.Replacement> replacements) {
        out.append("<vt-patch path=\"").append(path).append("\">\n");
        for (FileOperation.Replacement replacement : replacements) {
            out.append("<vt-search>\n");
            block(replacement.search());
            out.append("</vt-search>\n<vt-replace>\n");
            block(replacement.replace());
            out.append("</vt-replace>\n");
        }
        out.append("</vt-patch>\n");
        return this;
    }

    public ProtocolWriter delete(String path) {
        out.append("<vt-delete path=\"").append(path).append("\"/>\n");
        return this;
    }

    public ProtocolWriter rename(String from, String to) {
        out.append("<vt-rename from=\"")
                .append(from)
                .append("\" to=\"")
                .append(to)
                .append("\"/>\n");
        return this;
    }

    public ProtocolWriter dependencies(List<Dependency> dependencies) {
        out.append("<vt-dependencies>\n");
        for (Dependency dependency : dependencies) {
            out.append(dependency.dev() ? "dev:" : "").append(dependency.name());
            if (!dependency.range().equals("latest")) {
                out.append('@').append(dependency.range());
            }
            out.append('\n');
        }
        out.append("</vt-dependencies>\n");
        return this;
    }

    public ProtocolWriter summary(String text) {
        out.append("<vt-summary>\n");
        block(text);
        out.append("</vt-summary>\n");
        return this;
    }

    public ProtocolWriter end() {
        out.append("<vt-end/>\n");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /**
     * Block content is verbatim; a closing tag must start on its own line, so content that does not
     * end with a newline gets one for the tag's sake only when it is not empty. The parser takes
     * everything up to the closing line, so that newline becomes part of the content: callers that
     * care about exact bytes pass content that already ends with a newline.
     */
    private void block(String content) {
        out.append(content);
        newlineIfNeeded();
    }

    private void newlineIfNeeded() {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }
}
