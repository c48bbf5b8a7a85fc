package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;
import io.vectort.generation.starter.spec.Entity;
import io.vectort.generation.starter.spec.Phrasebook;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A code text with {@code «name»} slots, usually a resource under {@code starters/}. Guillemets never occur in the generated code, unlike
 * {@code ${}} (JavaScript) or <code>{{ }}</code> (Vue), so templates stay verbatim code. Rendering
 * fails on a slot without a value, so a typo cannot leak into a generated file.
 *
 * <p>With {@link #words}, a {@code «ui…»} slot without a value of its own takes the phrasebook's
 * phrase {@code uiXxx} in the app's language. A phrase that shows a value known only at run time
 * ("Delete {title}?") gets the code that computes it after a colon: {@code «uiConfirmDelete:${post.title}»}
 * renders {@code Delete ${post.title}?}, so the phrase can put the value where its language wants it
 * ("{title} löschen?"). Phrases go in verbatim: {@code PhrasebookTest} keeps every phrase free of
 * the characters that would end the literal or markup around it.
 */
final class Template {

    private static final Pattern SLOT = Pattern.compile("«([a-zA-Z]+)(?::((?:[^«»]|«[a-zA-Z]+»)*))?»");

    /** A value computed at run time inside a phrase: {@code {title}}, {@code {name}}. */
    static final Pattern RUNTIME_VALUE = Pattern.compile("\\{[a-z]+\\}");

    private final String text;
    private final Map<String, String> values = new LinkedHashMap<>();
    private Phrasebook phrasebook;
    private Entity entity;

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

    /** The template in {@code starters/<path>} with its fixed words in the app's language, and nothing else to fill. */
    static String phrased(String path, AppSpec spec) {
        return load(path).words(spec).render();
    }

    Template with(String name, String value) {
        values.put(name, value);
        return this;
    }

    /** Fills the {@code «ui…»} slots with the app's phrases about its primary entity. */
    Template words(AppSpec spec) {
        return words(spec, spec.primary());
    }

    /** Fills the {@code «ui…»} slots with the app's phrases about {@code about} ({@code {0}}, {@code {1}}, {@code {2}}). */
    Template words(AppSpec spec, Entity about) {
        this.phrasebook = spec.words();
        this.entity = about;
        return this;
    }

    /** Indents every non-empty line of {@code text} by {@code spaces}. */
    static String indent(String text, int spaces) {
        String prefix = " ".repeat(spaces);
        return text.lines().map(line -> line.isEmpty() ? line : prefix + line).collect(Collectors.joining("\n"));
    }

    String render() {
        return render(text);
    }

    private String render(String source) {
        Matcher matcher = SLOT.matcher(source);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String argument = matcher.group(2);
            String value = values.get(name);
            if (value == null && argument == null && phrasebook == null) {
                throw new IllegalStateException("template slot without value: " + matcher.group());
            }
            if (value == null || argument != null) {
                value = phrase(name, argument == null ? null : render(argument), matcher.group());
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private String phrase(String name, String argument, String slot) {
        if (phrasebook == null || !name.startsWith("ui")) {
            throw new IllegalStateException("template slot without value: " + slot);
        }
        String phrase = phrasebook.phrase(name, entity);
        boolean runtime = RUNTIME_VALUE.matcher(phrase).find();
        if (!runtime) {
            return phrase; // a language may leave the value out ("Aucun résultat pour cette recherche.")
        }
        if (argument == null) {
            throw new IllegalStateException("phrase '" + name + "' needs a value the slot " + slot + " does not give");
        }
        return RUNTIME_VALUE.matcher(phrase).replaceAll(Matcher.quoteReplacement(argument));
    }
}
