package io.vectort.generation.starter.templates;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A code text with {@code «name»} slots, usually a resource under {@code starters/}. Guillemets never occur in the generated code, unlike
 * {@code ${}} (JavaScript) or <code>{{ }}</code> (Vue), so templates stay verbatim code. Rendering
 * fails on a slot without a value, so a typo cannot leak into a generated file.
 */
final class Template {

    private static final Pattern SLOT = Pattern.compile("«([a-zA-Z]+)»");

    private final String text;
    private final Map<String, String> values = new LinkedHashMap<>();

    private Template(String text) {
        this.text = text;
    }

    static Template of(String text) {
        return new Template(text);
    }

    /** The template in {@code starters/<path>} on the classpath (see {@link TemplateTexts}). */
    static Template load(String path) {
        return new Template(TemplateTexts.get(path));
    }

    Template with(String name, String value) {
        values.put(name, value);
        return this;
    }

    /** Indents every non-empty line of {@code text} by {@code spaces}. */
    static String indent(String text, int spaces) {
        String prefix = " ".repeat(spaces);
        return text.lines().map(line -> line.isEmpty() ? line : prefix + line).collect(Collectors.joining("\n"));
    }

    String render() {
        Matcher matcher = SLOT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("template slot without value: " + matcher.group());
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
