package io.vectort.generation.starter;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.generation.starter.spec.Entity;
import io.vectort.generation.starter.spec.Field;
import io.vectort.generation.starter.spec.Naming;
import io.vectort.generation.starter.spec.Phrasebook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every language's phrasebook has every word, translated, with its accents intact, and no phrase
 * can break the code around it: each {@code «uiXxx»} slot of the templates is read with the
 * character before it, which says whether the phrase lands in a double-quoted literal or
 * attribute, a single-quoted literal, a template literal, markup text or Markdown.
 */
class PhrasebookTest {

    private static final Pattern SLOT = Pattern.compile("«(ui[A-Za-z]+)(?::(?:[^«»]|«[a-zA-Z]+»)*)?»");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-z0-9]+\\}");
    // Values the generated code computes ({title}); the entity's nouns ({0}, {1}, {2}) are free to vary.
    private static final Pattern RUNTIME_VALUE = Pattern.compile("\\{[a-z]+\\}");
    private static final List<Path> TEMPLATE_ROOTS = List.of(
            Path.of("src/main/resources/starters"), Path.of("src/main/java/io/vectort/generation/starter/templates"));

    @ParameterizedTest
    @EnumSource(ForeignLanguage.class)
    void holdsEveryKeyOfTheEnglishPhrasebook(ForeignLanguage language) {
        Properties english = Phrasebook.of("en").all();
        Properties words = Phrasebook.of(language.code()).all();

        assertThat(words.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        assertThat(words.values()).allSatisfy(word -> assertThat((String) word).isNotBlank());
    }

    @ParameterizedTest
    @EnumSource(ForeignLanguage.class)
    void usesOnlyTheValuesTheEnglishPhraseHas(ForeignLanguage language) {
        Properties english = Phrasebook.of("en").all();
        Properties words = Phrasebook.of(language.code()).all();

        for (String key : english.stringPropertyNames()) {
            assertThat(placeholders(words.getProperty(key)))
                    .as(language.code() + " " + key)
                    .isSubsetOf(placeholders(english.getProperty(key)));
        }
    }

    @ParameterizedTest
    @EnumSource(ForeignLanguage.class)
    void noPhraseBreaksTheLiteralOrMarkupItLandsIn(ForeignLanguage language) throws IOException {
        Properties words = Phrasebook.of(language.code()).all();
        Map<String, Set<Context>> contexts = slotContexts();

        assertThat(contexts).isNotEmpty();
        assertThat(words.stringPropertyNames()).containsAll(contexts.keySet());
        for (var slot : contexts.entrySet()) {
            String phrase = withoutPlaceholders(words.getProperty(slot.getKey()));
            for (Context context : slot.getValue()) {
                assertThat(phrase)
                        .as(language.code() + " " + slot.getKey() + " in " + context)
                        .doesNotContainPattern(context.forbidden);
            }
        }
        // Words the Java code puts into markup and literals itself (labels, plans, blurbs) stay plain.
        for (String key : words.stringPropertyNames()) {
            if (!key.startsWith("ui") && !key.startsWith("readme") && !key.startsWith("api")) {
                assertThat(withoutPlaceholders(words.getProperty(key)))
                        .as(language.code() + " " + key)
                        .doesNotContainPattern("[\"`<>{}$\\\\]");
            }
        }
    }

    @Test
    void theContextCheckCatchesAnApostropheInASingleQuotedLiteral() {
        assertThat("l'article").containsPattern(Context.SINGLE_QUOTED.forbidden);
        assertThat("Supprimer « l’article » ?").doesNotContainPattern(Context.SINGLE_QUOTED.forbidden);
        assertThat("Delete \"x\"?").containsPattern(Context.DOUBLE_QUOTED.forbidden);
        assertThat("a ${b}").containsPattern(Context.TEMPLATE_LITERAL.forbidden);
        assertThat("Delete \"x\"").doesNotContainPattern(Context.TEMPLATE_LITERAL.forbidden);
        assertThat("Delete \"x\"").containsPattern(Context.TEMPLATE_LITERAL_IN_ATTRIBUTE.forbidden);
        assertThat("a }} b").containsPattern(Context.DOUBLE_QUOTED.forbidden);
        assertThat("a {{ b }}").containsPattern(Context.MARKUP.forbidden);
    }

    @Test
    void englishFieldLabelsAreTheLexiconsOwn() {
        Properties english = Phrasebook.of("en").all();
        List<Entity> entities = new ArrayList<>(WorkEntities.all());
        entities.addAll(HomeEntities.all());
        entities.add(ArchetypeEntities.post(true));

        for (Entity entity : entities) {
            for (Field field : entity.fields()) {
                assertThat(english.getProperty("field." + field.key()))
                        .as(field.key())
                        .isEqualTo(field.label())
                        .isEqualTo(Naming.sentence(field.key()));
            }
        }
    }

    @Test
    void readsAccentsAsUtf8() {
        assertThat(Phrasebook.of("fr").word("tasks")).isEqualTo("tâches");
        assertThat(Phrasebook.of("de").word("posts")).isEqualTo("Beiträge");
    }

    /**
     * Where a phrase lands, told by the characters right before its slot, and what would end it
     * there. Markup characters and braces are never allowed outside Markdown: a string in a Vue or
     * JSX template still sits in markup, where {@code <} or <code>}}</code> would end it.
     */
    enum Context {
        DOUBLE_QUOTED("[\"\\n<>{}\\\\]"),
        SINGLE_QUOTED("['\\n<>{}\\\\]"),
        TEMPLATE_LITERAL("[`<>{}\\\\]"),
        TEMPLATE_LITERAL_IN_ATTRIBUTE("[`\"<>{}\\\\]"),
        MARKDOWN("<"),
        MARKUP("[<>{}&\\\\]");

        final String forbidden;

        Context(String forbidden) {
            this.forbidden = forbidden;
        }

        static Context before(String text, int slotStart, boolean markdown) {
            if (markdown) {
                return MARKDOWN;
            }
            char previous = slotStart == 0 ? '\n' : text.charAt(slotStart - 1);
            char beforeThat = slotStart < 2 ? '\n' : text.charAt(slotStart - 2);
            return switch (previous) {
                case '"' -> DOUBLE_QUOTED;
                case '\'' -> SINGLE_QUOTED;
                case '`' -> beforeThat == '"' ? TEMPLATE_LITERAL_IN_ATTRIBUTE : TEMPLATE_LITERAL;
                default -> MARKUP;
            };
        }
    }

    private static Map<String, Set<Context>> slotContexts() throws IOException {
        Map<String, Set<Context>> contexts = new HashMap<>();
        for (Path root : TEMPLATE_ROOTS) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String text = Files.readString(file);
                    boolean markdown = file.toString().endsWith(".md");
                    Matcher slot = SLOT.matcher(text);
                    while (slot.find()) {
                        contexts.computeIfAbsent(slot.group(1), k -> new HashSet<>())
                                .add(Context.before(text, slot.start(), markdown));
                    }
                }
            }
        }
        return contexts;
    }

    private static Set<String> placeholders(String phrase) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = RUNTIME_VALUE.matcher(phrase);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static String withoutPlaceholders(String phrase) {
        return PLACEHOLDER.matcher(phrase).replaceAll("");
    }
}
