package io.vectort.generation.starter;

import static io.vectort.generation.starter.Requests.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The file set of every framework and application type, and the protocol's rules on all of them. */
class StarterFileSetTest {

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "dashboard", "an inventory tracker for my bike parts with suppliers",
            "todo", "a todo list for household chores",
            "blog", "a travel blog with categories and dark mode",
            "landing", "a landing page for my coffee subscription called BrewBox");

    private static final List<String> REACT = List.of(
            "package.json",
            "index.html",
            "vite.config.js",
            "src/main.jsx",
            "src/config.js",
            "src/storage.js",
            "src/styles.css",
            "src/App.jsx",
            ".gitignore",
            "README.md");
    private static final List<String> VUE = List.of(
            "package.json",
            "index.html",
            "vite.config.js",
            "src/main.js",
            "src/config.js",
            "src/storage.js",
            "src/styles.css",
            "src/App.vue",
            ".gitignore",
            "README.md");
    private static final List<String> EXPRESS = List.of(
            "package.json",
            "src/config.js",
            "src/app.js",
            "src/server.js",
            "src/store.js",
            "src/seed.js",
            "src/validation.js",
            "src/errors.js",
            "test/api.test.js",
            ".gitignore",
            "README.md");

    // Comment lines that stand for code instead of containing it; the protocol parser refuses them.
    private static final Pattern PLACEHOLDER =
            Pattern.compile("^\\s*(//|/\\*|\\{/\\*|<!--|#).*(\\.\\.\\.|…|rest of|omitted|unchanged).*$");
    private static final Pattern SAFE_PATH = Pattern.compile("([A-Za-z0-9._-]+/)*[A-Za-z0-9._-]+");

    private final StarterCodeGenerator generator = new StarterCodeGenerator(Duration.ZERO, 64);

    static Stream<Arguments> projects() {
        return Stream.of(
                Arguments.of("html", "dashboard", List.of("index.html", "app.js", "styles.css", "README.md")),
                Arguments.of("html", "todo", List.of("index.html", "app.js", "styles.css", "README.md")),
                Arguments.of("html", "blog", List.of("index.html", "app.js", "styles.css", "README.md")),
                Arguments.of("html", "landing", List.of("index.html", "app.js", "styles.css", "README.md")),
                Arguments.of(
                        "react",
                        "dashboard",
                        with(
                                REACT,
                                "src/fields.js",
                                "src/data/seed.js",
                                "src/components/PartsPanel.jsx",
                                "src/components/SuppliersPanel.jsx")),
                Arguments.of(
                        "react",
                        "todo",
                        with(
                                REACT,
                                "src/dates.js",
                                "src/data/seed.js",
                                "src/components/ChoreForm.jsx",
                                "src/components/ChoreItem.jsx")),
                Arguments.of(
                        "react",
                        "blog",
                        with(
                                REACT,
                                "src/dates.js",
                                "src/posts.js",
                                "src/data/seed.js",
                                "src/components/PostList.jsx",
                                "src/components/PostView.jsx",
                                "src/components/PostEditor.jsx",
                                "src/components/ThemeToggle.jsx")),
                Arguments.of(
                        "react",
                        "landing",
                        with(
                                REACT,
                                "src/content.js",
                                "src/components/Hero.jsx",
                                "src/components/Features.jsx",
                                "src/components/Pricing.jsx",
                                "src/components/SignupForm.jsx")),
                Arguments.of(
                        "vue",
                        "dashboard",
                        with(
                                VUE,
                                "src/fields.js",
                                "src/data/seed.js",
                                "src/components/PartsPanel.vue",
                                "src/components/SuppliersPanel.vue")),
                Arguments.of(
                        "vue",
                        "todo",
                        with(
                                VUE,
                                "src/dates.js",
                                "src/data/seed.js",
                                "src/components/ChoreForm.vue",
                                "src/components/ChoreItem.vue")),
                Arguments.of(
                        "vue",
                        "blog",
                        with(
                                VUE,
                                "src/dates.js",
                                "src/posts.js",
                                "src/data/seed.js",
                                "src/components/PostList.vue",
                                "src/components/PostView.vue",
                                "src/components/PostEditor.vue",
                                "src/components/ThemeToggle.vue")),
                Arguments.of(
                        "vue",
                        "landing",
                        with(
                                VUE,
                                "src/content.js",
                                "src/components/HeroSection.vue",
                                "src/components/FeatureList.vue",
                                "src/components/PricingPlans.vue",
                                "src/components/SignupForm.vue")),
                Arguments.of("express", "dashboard", with(EXPRESS, "src/routes/parts.js", "src/routes/suppliers.js")),
                Arguments.of("express", "todo", with(EXPRESS, "src/routes/chores.js")),
                Arguments.of("express", "blog", with(EXPRESS, "src/routes/posts.js", "src/routes/categories.js")),
                Arguments.of(
                        "express",
                        "landing",
                        with(
                                EXPRESS,
                                "src/routes/signups.js",
                                "public/index.html",
                                "public/styles.css",
                                "public/app.js")));
    }

    private static List<String> with(List<String> common, String... more) {
        List<String> all = new ArrayList<>(common);
        all.addAll(List.of(more));
        return all;
    }

    private Map<String, String> files(String framework, String appType) {
        return generator
                .plan(aRequest(DESCRIPTIONS.get(appType))
                        .framework(framework)
                        .appType(appType)
                        .build())
                .next()
                .files();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("projects")
    void generatesExactlyTheFilesOfTheFrameworkAndAppType(String framework, String appType, List<String> paths)
            throws InterruptedException {
        Map<String, String> files = files(framework, appType);
        RecordingStream stream = RecordingStream.recording();
        generator.generate(
                aRequest(DESCRIPTIONS.get(appType))
                        .framework(framework)
                        .appType(appType)
                        .build(),
                stream);

        assertThat(files.keySet()).containsExactlyInAnyOrderElementsOf(paths);
        assertThat(stream.text())
                .startsWith("Vectort offline starter (not AI): building ")
                .endsWith("<vt-end/>\n");
        for (String path : paths) {
            assertThat(stream.text()).contains("<vt-file path=\"" + path + "\">\n");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("projects")
    void keepsEveryFileWithinTheProtocolsRules(String framework, String appType, List<String> paths) {
        files(framework, appType).forEach((path, content) -> {
            assertThat(path).matches(SAFE_PATH).doesNotContain("..");
            assertThat(content).as(path).endsWith("\n").doesNotContain("«", "\r");
            for (String line : content.split("\n")) {
                assertThat(line.strip())
                        .as(path)
                        .isNotIn("</vt-file>", "</vt-search>", "</vt-replace>")
                        .doesNotMatch(PLACEHOLDER);
            }
        });
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("projects")
    void explainsInTheReadmeThatTheStarterIsNotAi(String framework, String appType, List<String> paths) {
        String readme = files(framework, appType).get("README.md");

        assertThat(readme).contains("Vectort's offline starter", "not\ncode written by AI", "## Run it");
        for (String path : paths) {
            assertThat(readme).contains("- `" + path + "`");
        }
    }
}
