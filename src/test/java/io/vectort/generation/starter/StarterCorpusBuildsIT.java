package io.vectort.generation.starter;

import static io.vectort.generation.starter.GeneratedProjects.report;
import static io.vectort.generation.starter.GeneratedProjects.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the project of every row of the description corpus ({@code catalog/descriptions.tsv}), so
 * that whatever a description names (accents, hyphens, one word for both numbers, three records)
 * the generated project stays valid: every row in every framework (about 70 s on two cores with a
 * warm npm cache). A comma-separated list, {@code -Dvectort.corpus.frameworks=react,vue}, builds
 * every row in those only.
 *
 * <p>Fast because nothing runs once per project that can run once per framework: one npm install
 * per framework linked into every project, one Node process that builds all Vite projects with
 * Vite's JS API (exactly what {@code vite build}, the projects' build script, runs), one that
 * parses all HTML projects' scripts, one {@code node --test} over all Express projects' test files
 * (each file in its own process, as under {@code npm test}). A failure names every failing row with
 * its build or test output. The scripts live in {@code src/test/resources/starter-builds/}.
 */
@Tag("slow")
class StarterCorpusBuildsIT {

    private static final List<String> FRAMEWORKS = List.of("html", "react", "vue", "express");
    private static final Path CORPUS = GeneratedProjects.ROOT.resolve("corpus");
    private static final Duration BATCH_TIMEOUT = Duration.ofMinutes(10);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Row(int index, String language, String appType, String description) {

        String label() {
            return "row " + index + " [" + language + " " + appType + "] " + description;
        }

        String folder() {
            return index + "-" + language + "-" + appType;
        }
    }

    private static List<Row> rows;

    @BeforeAll
    static void requireNpmAndReadTheCorpus() throws IOException {
        GeneratedProjects.requireNpm();
        String chosen = System.getProperty("vectort.corpus.frameworks", "");
        if (!chosen.isBlank() && !chosen.equals("all")) {
            assertThat(FRAMEWORKS).as("vectort.corpus.frameworks").containsAll(List.of(chosen.split(",")));
        }
        rows = corpus();
    }

    @Test
    void everyHtmlProjectsScriptParsesAndItsPageHasTheDescriptionsLanguage() throws Exception {
        long start = System.nanoTime();
        Map<Path, Row> scripts = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        for (Row row : rowsFor("html")) {
            Path dir = write("html", row);
            scripts.put(dir.resolve("app.js"), row);
            String html = Files.readString(dir.resolve("index.html"));
            // The language the starter reads the description in; the corpus checks it reads it well.
            String language = ForeignMentions.languageOf(row.description()).code();
            if (!html.contains("<html lang=\"" + language + "\">")
                    || !html.contains("<script src=\"app.js\" defer></script>")) {
                failures.add(row.label() + " in html: index.html lacks the language " + language + " or its script\n"
                        + html);
            }
        }
        failures.addAll(batch("check-scripts.mjs", CORPUS.resolve("html"), scripts, "html"));

        assertNoFailures(failures, scripts.size());
        report("corpus html (" + scripts.size() + ")", start);
    }

    @Test
    void everyReactProjectBuilds() throws Exception {
        buildVite("react");
    }

    @Test
    void everyVueProjectBuilds() throws Exception {
        buildVite("vue");
    }

    @Test
    void everyExpressProjectPassesItsOwnTests() throws Exception {
        long start = System.nanoTime();
        Map<Path, Row> projects = written("express");
        if (projects.isEmpty()) {
            return;
        }
        Path shared = shared("express");
        GeneratedProjects.installShared(shared, List.copyOf(projects.keySet()));
        Map<Path, Row> testFiles = new LinkedHashMap<>();
        for (var project : projects.entrySet()) {
            try (Stream<Path> files = Files.walk(project.getKey().resolve("test"))) {
                files.filter(file -> file.toString().endsWith(".js"))
                        .forEach(file -> testFiles.put(file, project.getValue()));
            }
        }

        // One `node --test` over every project's test files: each file still runs in a process of
        // its own, as under the project's `npm test`; the reporter says which file each result is from.
        List<String> command = new ArrayList<>(List.of("node", "--test", "--test-reporter=./test-reporter.mjs"));
        testFiles.keySet().forEach(file -> command.add(file.toString()));
        List<String> failures = batch("test-reporter.mjs", shared, testFiles, "express", command);

        assertNoFailures(failures, projects.size());
        report("corpus express (" + projects.size() + ")", start);
    }

    private static void buildVite(String framework) throws Exception {
        long start = System.nanoTime();
        Map<Path, Row> projects = written(framework);
        if (projects.isEmpty()) {
            return;
        }
        Path shared = shared(framework);
        GeneratedProjects.installShared(shared, List.copyOf(projects.keySet()));

        List<String> failures = batch("build-vite.mjs", shared, projects, framework);

        assertNoFailures(failures, projects.size());
        report("corpus " + framework + " (" + projects.size() + ")", start);
    }

    private static List<String> batch(String script, Path dir, Map<Path, Row> targets, String framework)
            throws Exception {
        Path list = dir.resolve(script + ".targets");
        Files.createDirectories(dir);
        Files.write(list, targets.keySet().stream().map(Path::toString).toList());
        return batch(script, dir, targets, framework, List.of("node", script, list.toString()));
    }

    /**
     * Runs {@code command} in {@code dir} with the script {@code starter-builds/<script>} copied
     * there. The script prints JSON lines about the {@code targets} (project roots or files): a
     * result ({@code ok}, {@code output}) or a line the target logged ({@code log}). A target fails
     * when a result of its says so or it has none; its failure shows everything it printed.
     */
    private static List<String> batch(
            String script, Path dir, Map<Path, Row> targets, String framework, List<String> command) throws Exception {
        Files.createDirectories(dir);
        try (InputStream in =
                Objects.requireNonNull(StarterCorpusBuildsIT.class.getResourceAsStream("/starter-builds/" + script))) {
            Files.write(dir.resolve(script), in.readAllBytes());
        }
        GeneratedProjects.Run run = run(BATCH_TIMEOUT, dir, command.toArray(String[]::new));

        Map<String, Boolean> passed = new HashMap<>();
        Map<String, StringBuilder> outputs = new HashMap<>();
        run.output().lines().filter(line -> line.startsWith("{")).forEach(line -> {
            JsonNode event = JSON.readTree(line);
            String target = event.get("target").asString();
            StringBuilder output = outputs.computeIfAbsent(target, t -> new StringBuilder());
            if (event.has("log")) {
                output.append(event.get("log").asString());
            } else {
                passed.merge(target, event.get("ok").asBoolean(), Boolean::logicalAnd);
                output.append(event.get("output").asString()).append('\n');
            }
        });
        List<String> failures = new ArrayList<>();
        for (var target : targets.entrySet()) {
            String key = target.getKey().toString();
            if (!passed.getOrDefault(key, false)) {
                String output = passed.containsKey(key)
                        ? outputs.get(key).toString().strip()
                        : "no result (exit code " + run.exitCode() + ")\n" + run.output();
                failures.add(target.getValue().label() + " in " + framework + " (" + key + "):\n" + output);
            }
        }
        return failures;
    }

    private static void assertNoFailures(List<String> failures, int projects) {
        assertThat(failures)
                .as("%d of %d corpus projects fail:%n%s", failures.size(), projects, String.join("\n\n", failures))
                .isEmpty();
    }

    private static Map<Path, Row> written(String framework) throws IOException {
        Map<Path, Row> projects = new LinkedHashMap<>();
        for (Row row : rowsFor(framework)) {
            projects.put(write(framework, row), row);
        }
        return projects;
    }

    private static Path write(String framework, Row row) throws IOException {
        return GeneratedProjects.write(
                "corpus/" + framework + "/" + row.folder(), framework, row.appType(), row.description());
    }

    private static Path shared(String framework) {
        return CORPUS.resolve(framework).resolve("shared");
    }

    /** The rows {@code framework} builds: all of them, unless a list of frameworks leaves it out. */
    private static List<Row> rowsFor(String framework) {
        String chosen = System.getProperty("vectort.corpus.frameworks", "");
        boolean all = chosen.isBlank() || chosen.equals("all");
        return all || List.of(chosen.split(",")).contains(framework) ? rows : List.of();
    }

    private static List<Row> corpus() throws IOException {
        try (InputStream in = StarterCorpusBuildsIT.class.getResourceAsStream("/catalog/descriptions.tsv")) {
            List<String[]> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .toList();
            return IntStream.range(0, lines.size())
                    .mapToObj(i -> new Row(i, lines.get(i)[0], lines.get(i)[1], lines.get(i)[2]))
                    .toList();
        }
    }
}
