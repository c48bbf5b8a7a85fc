package io.vectort.generation.protocol;

import static io.vectort.generation.protocol.Parsing.violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.vectort.generation.protocol.FileOperation.DeleteFile;
import io.vectort.generation.protocol.FileOperation.PatchFile;
import io.vectort.generation.protocol.FileOperation.RenameFile;
import io.vectort.generation.protocol.FileOperation.Replacement;
import io.vectort.generation.protocol.FileOperation.WriteFile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProjectFilesTest {

    private static final Map<String, String> BASE = Map.of(
            "index.html", "<div id=\"root\"></div>\n",
            "src/main.jsx", "import App from './App';\nrender(App);\n",
            "src/Todo.jsx", "export function Todo() {}\n");

    private static Map<String, String> apply(Map<String, String> base, FileOperation... operations) {
        return ProjectFiles.apply(base, output(operations), ProtocolLimits.DEFAULTS);
    }

    private static ParsedOutput output(FileOperation... operations) {
        return new ParsedOutput(List.of(operations), List.of(), Optional.empty());
    }

    @Test
    void writesNewFilesAndReplacesExistingOnes() {
        Map<String, String> files =
                apply(BASE, new WriteFile("src/App.jsx", "app\n"), new WriteFile("index.html", "<main></main>\n"));

        assertThat(files)
                .containsExactly(
                        entry("index.html", "<main></main>\n"),
                        entry("src/App.jsx", "app\n"),
                        entry("src/Todo.jsx", "export function Todo() {}\n"),
                        entry("src/main.jsx", "import App from './App';\nrender(App);\n"));
    }

    @Test
    void leavesTheBaseUntouched() {
        Map<String, String> base = new HashMap<>(BASE);

        apply(base, new DeleteFile("index.html"), new WriteFile("src/main.jsx", "changed\n"));

        assertThat(base).isEqualTo(BASE);
    }

    @Test
    void appliesThePairsOfAPatchInOrderEachOnTheResultOfTheLast() {
        PatchFile patch = new PatchFile(
                "src/main.jsx",
                List.of(
                        new Replacement("'./App'", "'./App.jsx'"),
                        new Replacement("App.jsx';\nrender", "App.jsx';\nmount")));

        assertThat(apply(BASE, patch)).containsEntry("src/main.jsx", "import App from './App.jsx';\nmount(App);\n");
    }

    @Test
    void patchesAFileWrittenEarlierInTheSameOutput() {
        assertThat(apply(
                        Map.of(),
                        new WriteFile("a.js", "one\n"),
                        new PatchFile("a.js", List.of(new Replacement("one", "two")))))
                .containsExactly(entry("a.js", "two\n"));
    }

    @Test
    void deletesAndRenamesFiles() {
        Map<String, String> files = apply(
                BASE, new DeleteFile("index.html"), new RenameFile("src/Todo.jsx", "src/components/TodoItem.jsx"));

        assertThat(files)
                .containsExactly(
                        entry("src/components/TodoItem.jsx", "export function Todo() {}\n"),
                        entry("src/main.jsx", "import App from './App';\nrender(App);\n"));
    }

    @Test
    void refusesToPatchDeleteOrRenameAMissingFile() {
        for (FileOperation operation : List.of(
                new PatchFile("nope.js", List.of(new Replacement("a", "b"))),
                new DeleteFile("nope.js"),
                new RenameFile("nope.js", "other.js"))) {
            ProtocolViolationException e = violation(() -> apply(BASE, operation));

            assertThat(e.code()).isEqualTo("file_not_found");
            assertThat(e.getMessage())
                    .isEqualTo("Cannot " + operation.kind() + " \"nope.js\": the project has no such file");
        }
    }

    @Test
    void refusesToRenameOntoAnExistingFile() {
        ProtocolViolationException e = violation(() -> apply(BASE, new RenameFile("src/Todo.jsx", "index.html")));

        assertThat(e.code()).isEqualTo("file_exists");
        assertThat(e.getMessage())
                .isEqualTo("Cannot rename \"src/Todo.jsx\" to \"index.html\": \"index.html\" already exists");
    }

    @Test
    void refusesToRenameAFileOntoItself() {
        assertThat(violation(() -> apply(BASE, new RenameFile("index.html", "index.html")))
                        .code())
                .isEqualTo("file_exists");
    }

    @Test
    void refusesAPatchWhoseSearchTextIsMissing() {
        ProtocolViolationException e = violation(() ->
                apply(BASE, new PatchFile("src/main.jsx", List.of(new Replacement("import Nope;\n", "x")))));

        assertThat(e.code()).isEqualTo("patch_not_applicable");
        assertThat(e.getMessage())
                .isEqualTo(
                        "The patch of \"src/main.jsx\" cannot be applied: its search text (starting \"import Nope;\")"
                                + " was not found");
    }

    @Test
    void refusesAPatchWhoseSearchTextIsAmbiguous() {
        PatchFile patch = new PatchFile(
                "src/main.jsx", List.of(new Replacement("import", "export"), new Replacement("App", "Main")));

        ProtocolViolationException e = violation(() -> apply(BASE, patch));

        assertThat(e.code()).isEqualTo("patch_not_applicable");
        assertThat(e.getMessage())
                .isEqualTo("The patch of \"src/main.jsx\" cannot be applied: search text 2 of 2 (starting \"App\") was"
                        + " found 3 times, so the place to change is ambiguous; quote more surrounding lines");
    }

    @Test
    void countsOverlappingOccurrencesAsAmbiguous() {
        ProtocolViolationException e = violation(() ->
                apply(Map.of("a.txt", "aaa"), new PatchFile("a.txt", List.of(new Replacement("aa", "b")))));

        assertThat(e.getMessage()).contains("was found 2 times");
    }

    @Test
    void saysWhenASearchTextDiffersOnlyInLineEndings() {
        ProtocolViolationException e = violation(() -> apply(
                BASE, new PatchFile("src/main.jsx", List.of(new Replacement("import App from './App';\r\n", "x")))));

        assertThat(e.getMessage()).endsWith("was not found (it differs from the file only in its line endings)");
    }

    @Test
    void refusesAFileWhereAnotherFileNeedsADirectory() {
        ProtocolViolationException e = violation(() -> apply(BASE, new WriteFile("src", "x")));

        assertThat(e.code()).isEqualTo("file_exists");
        assertThat(e.getMessage())
                .isEqualTo("The file \"src\" exists, so \"src/Todo.jsx\" cannot be created inside it as a directory");
    }

    @Test
    void checksPathsOfOutputsThatDidNotComeFromTheParser() {
        assertThat(violation(() -> apply(BASE, new RenameFile("index.html", "../index.html")))
                        .code())
                .isEqualTo("unsafe_path");
    }

    @Test
    void enforcesTheLimitsOnTheResultingProject() {
        Map<String, String> base = Map.of("a.txt", "12345678", "b.txt", "12345678");

        ProtocolViolationException tooLarge = violation(() ->
                ProjectFiles.apply(base, output(new WriteFile("c.txt", "123456789")), new ProtocolLimits(8, 100, 10)));
        ProtocolViolationException tooMany = violation(
                () -> ProjectFiles.apply(base, output(new WriteFile("c.txt", "1")), new ProtocolLimits(8, 100, 2)));
        ProtocolViolationException projectTooLarge = violation(
                () -> ProjectFiles.apply(base, output(new WriteFile("c.txt", "1")), new ProtocolLimits(8, 16, 10)));

        assertThat(tooLarge.code()).isEqualTo("file_too_large");
        assertThat(tooLarge.getMessage()).isEqualTo("The file \"c.txt\" has 9 bytes, more than the limit of 8 bytes");
        assertThat(tooMany.code()).isEqualTo("too_many_files");
        assertThat(tooMany.getMessage()).isEqualTo("The project would have 3 files, more than the limit of 2");
        assertThat(projectTooLarge.code()).isEqualTo("project_too_large");
        assertThat(projectTooLarge.getMessage())
                .isEqualTo("The project would have 17 bytes, more than the limit of 16 bytes");
    }

    @Test
    void acceptsAResultThatFitsTheLimitsAfterDeletes() {
        Map<String, String> base = Map.of("a.txt", "12345678", "b.txt", "12345678");

        assertThat(ProjectFiles.apply(
                        base,
                        output(new DeleteFile("a.txt"), new WriteFile("c.txt", "12345678")),
                        new ProtocolLimits(8, 16, 2)))
                .containsOnlyKeys("b.txt", "c.txt");
    }

    @Test
    void countsUtf8Bytes() {
        ProtocolViolationException e = violation(() ->
                ProjectFiles.apply(Map.of(), output(new WriteFile("a.txt", "ééééé")), new ProtocolLimits(9, 100, 10)));

        assertThat(e.getMessage()).contains("has 10 bytes");
    }
}
