package io.vectort.generation.starter;

import static io.vectort.generation.starter.GeneratedProjects.install;
import static io.vectort.generation.starter.GeneratedProjects.report;
import static io.vectort.generation.starter.GeneratedProjects.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Builds projects generated from foreign rows of the catalog corpus ({@code catalog/descriptions.tsv}),
 * one sample per framework, so that accents, hyphens and display words that differ from code names
 * keep every generated project valid, now that the whole UI speaks the description's language:
 * HTML scripts parse for a dashboard in each of the six languages and for every other archetype
 * in French and German; React and Vue build three foreign projects each (a French landing page
 * and blog among them); Express passes its own tests for two.
 *
 * <p>Slow, hence tagged {@code slow} (exclude it with {@code -DexcludedGroups=slow}): one npm install
 * per framework, about 50 s on a two-core machine with a warm npm cache and bounded to about two
 * minutes (the first run downloads the packages into the npm cache under target/starter-builds,
 * which StarterBuildsIT shares).
 */
@Tag("slow")
class StarterForeignBuildsIT {

    private record Row(String language, String appType, String description) {}

    @BeforeAll
    static void requireNpm() {
        GeneratedProjects.requireNpm();
    }

    @Test
    void htmlScriptsOfADashboardInEachForeignLanguageParse() throws Exception {
        long start = System.nanoTime();
        for (String language : List.of("fr", "es", "de", "it", "pt", "nl")) {
            Path dir = write("html", row(language, "dashboard"));

            GeneratedProjects.Run check = run(dir, "node", "--check", "app.js");
            assertThat(check.exitCode()).as(language + ": " + check.output()).isZero();
            assertThat(Files.readString(dir.resolve("index.html"))).contains("<html lang=\"" + language + "\">");
        }
        report("foreign html", start);
    }

    @Test
    void htmlScriptsOfEveryArchetypeParseInFrenchAndGerman() throws Exception {
        long start = System.nanoTime();
        for (String language : List.of("fr", "de")) {
            for (String appType : List.of("todo", "blog", "landing")) {
                Path dir = write("html", row(language, appType));

                GeneratedProjects.Run check = run(dir, "node", "--check", "app.js");
                assertThat(check.exitCode())
                        .as(language + " " + appType + ": " + check.output())
                        .isZero();
            }
        }
        report("foreign html archetypes", start);
    }

    @Test
    void reactBuildsAFrenchTodoListAGermanBlogAndAFrenchLandingPage() throws Exception {
        buildVite("react", row("fr", "todo"), row("de", "blog"), row("fr", "landing"));
    }

    @Test
    void vueBuildsAnItalianDashboardADutchTodoListAndAFrenchBlog() throws Exception {
        buildVite("vue", row("it", "dashboard"), row("nl", "todo"), row("fr", "blog"));
    }

    @Test
    void expressPassesItsTestsForAPortugueseDashboardAndASpanishLandingPage() throws Exception {
        long start = System.nanoTime();
        Path dashboard = write("express", row("pt", "dashboard"));
        Path landing = write("express", row("es", "landing"));
        install(dashboard, landing);

        for (Path dir : List.of(dashboard, landing)) {
            GeneratedProjects.Run test = run(dir, "npm", "test");
            assertThat(test.exitCode()).as(test.output()).isZero();
            assertThat(test.output()).contains("# fail 0").doesNotContain("# pass 0");
        }
        report("foreign express", start);
    }

    private static void buildVite(String framework, Row first, Row second, Row third) throws Exception {
        long start = System.nanoTime();
        Path one = write(framework, first);
        Path two = write(framework, second);
        Path three = write(framework, third);
        install(one, two, three);

        for (Path dir : List.of(one, two, three)) {
            GeneratedProjects.Run build = run(dir, "npm", "run", "build");
            assertThat(build.exitCode()).as(build.output()).isZero();
            assertThat(dir.resolve("dist/index.html")).isRegularFile();
        }
        report("foreign " + framework, start);
    }

    private static Path write(String framework, Row row) throws IOException {
        String folder = "foreign/" + framework + "/" + row.language() + "-" + row.appType();
        return GeneratedProjects.write(folder, framework, row.appType(), row.description());
    }

    /** The first corpus row in {@code language} whose expected type is {@code appType}. */
    private static Row row(String language, String appType) throws IOException {
        try (InputStream in = StarterForeignBuildsIT.class.getResourceAsStream("/catalog/descriptions.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .map(parts -> new Row(parts[0], parts[1], parts[2]))
                    .filter(r -> r.language().equals(language) && r.appType().equals(appType))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no " + language + " " + appType + " row"));
        }
    }
}
