package io.vectort.generation.starter;

import static org.junit.jupiter.api.Assertions.fail;

import io.vectort.generation.starter.spec.AppSpec;
import io.vectort.generation.starter.spec.Archetype;
import io.vectort.generation.starter.templates.ProjectTemplates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file of every starter project, byte for byte, against the snapshots in
 * {@code src/test/resources/starters-golden/<case>/<framework>/<archetype>/}. The snapshots pin the
 * generated code while the templates are reorganised; a deliberate change regenerates them with
 * {@code -Dvectort.golden.update=true} and the diff is reviewed like code.
 */
class StarterGoldenSnapshotTest {

    private static final Path GOLDEN = Path.of("src/test/resources/starters-golden");
    private static final boolean UPDATE = Boolean.getBoolean("vectort.golden.update");
    private static final List<String> FRAMEWORKS = List.of("html", "react", "vue", "express");

    // What varies in an AppSpec: several entities with typed fields, the fallback for a description
    // that names nothing, dark mode with an accent, a given name that needs escaping in HTML and JS,
    // and records named in another language (display words apart from code names, the UI, README and
    // API errors in that language).
    private static final Map<String, String> CASES = Map.of(
            "french", "Gestion des rendez-vous de mon cabinet de kinésithérapie avec les patients",
            "german", "Termine für meine Physiotherapie-Praxis mit Patienten verwalten",
            "inventory", "An inventory tracker for bike parts with suppliers",
            "minimal", "An app",
            "themed",
                    "A recipe box called \"Kitchen <Lab> & Co\" with categories and authors, "
                            + "in dark mode with a teal accent");

    private final DescriptionAnalyzer analyzer = new DescriptionAnalyzer();

    @TestFactory
    Stream<DynamicTest> everyProjectMatchesItsSnapshot() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : new TreeSet<>(CASES.keySet())) {
            for (String framework : FRAMEWORKS) {
                for (Archetype archetype : Archetype.values()) {
                    Path dir = GOLDEN.resolve(name).resolve(framework).resolve(archetype.id());
                    tests.add(DynamicTest.dynamicTest(name + "/" + framework + "/" + archetype.id(), () -> {
                        AppSpec spec = analyzer.analyze(List.of(CASES.get(name)), archetype);
                        SequencedMap<String, String> files = ProjectTemplates.render(spec, framework);
                        if (UPDATE) {
                            rewrite(dir, files);
                        } else {
                            compare(dir, files);
                        }
                    }));
                }
            }
        }
        return tests.stream();
    }

    private static void compare(Path dir, SequencedMap<String, String> files) throws IOException {
        List<String> problems = new ArrayList<>();
        TreeSet<String> expected = snapshotPaths(dir);
        for (var file : files.entrySet()) {
            Path snapshot = dir.resolve(file.getKey());
            if (!expected.remove(file.getKey())) {
                problems.add("generated but has no snapshot: " + snapshot);
                continue;
            }
            byte[] want = Files.readAllBytes(snapshot);
            byte[] got = file.getValue().getBytes(StandardCharsets.UTF_8);
            if (!Arrays.equals(want, got)) {
                problems.add(firstDifference(snapshot, new String(want, StandardCharsets.UTF_8), file.getValue()));
            }
        }
        expected.forEach(path -> problems.add("snapshot but not generated: " + dir.resolve(path)));
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems)
                    + "\n(if the change is deliberate, rerun with -Dvectort.golden.update=true and review the diff)");
        }
    }

    /** "src/.../App.jsx line 12: expected «...» but was «...»", or which side has extra lines. */
    static String firstDifference(Path snapshot, String want, String got) {
        List<String> wanted = want.lines().toList();
        List<String> gotten = got.lines().toList();
        for (int i = 0; i < Math.max(wanted.size(), gotten.size()); i++) {
            String expected = i < wanted.size() ? wanted.get(i) : "<end of file>";
            String actual = i < gotten.size() ? gotten.get(i) : "<end of file>";
            if (!expected.equals(actual)) {
                return snapshot + " line " + (i + 1) + ":\n  expected: " + expected + "\n  actual:   " + actual;
            }
        }
        return snapshot + ": line endings or the final newline differ";
    }

    private static TreeSet<String> snapshotPaths(Path dir) throws IOException {
        TreeSet<String> paths = new TreeSet<>();
        if (!Files.isDirectory(dir)) {
            return paths;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile)
                    .map(path -> dir.relativize(path).toString().replace('\\', '/'))
                    .forEach(paths::add);
        }
        return paths;
    }

    private static void rewrite(Path dir, SequencedMap<String, String> files) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(StarterGoldenSnapshotTest::delete);
            }
        }
        for (var file : files.entrySet()) {
            Path target = dir.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
        }
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
