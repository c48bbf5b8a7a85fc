package io.vectort.generation.protocol;

import static io.vectort.generation.protocol.Parsing.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.generation.protocol.FileOperation.DeleteFile;
import io.vectort.generation.protocol.FileOperation.PatchFile;
import io.vectort.generation.protocol.FileOperation.RenameFile;
import io.vectort.generation.protocol.FileOperation.Replacement;
import io.vectort.generation.protocol.FileOperation.WriteFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProtocolParserTest {

    @Test
    void readsEveryOperationInOrder() {
        String text = new ProtocolWriter()
                .file("src/App.jsx", "export default function App() {\n  return <h1>Hello</h1>;\n}\n")
                .patch(
                        "src/main.jsx",
                        List.of(new Replacement("import App from './App';\n", "import App from './App.jsx';\n")))
                .delete("src/old.css")
                .rename("src/Todo.jsx", "src/TodoItem.jsx")
                .end()
                .toString();

        assertThat(parse(text).operations())
                .containsExactly(
                        new WriteFile("src/App.jsx", "export default function App() {\n  return <h1>Hello</h1>;\n}\n"),
                        new PatchFile(
                                "src/main.jsx",
                                List.of(new Replacement(
                                        "import App from './App';\n", "import App from './App.jsx';\n"))),
                        new DeleteFile("src/old.css"),
                        new RenameFile("src/Todo.jsx", "src/TodoItem.jsx"));
    }

    @Test
    void keepsFileContentVerbatim() {
        String content = "\n  indented\n\ttabbed  \n<vt-end/>\n<vt-file path=\"nested.txt\">\n</vt-patch>\n"
                + " </vt-file> and more\n</vt-file-x>\nlast line without indentation\n";

        String text = new ProtocolWriter().file("notes.txt", content).end().toString();

        assertThat(parse(text).operations()).containsExactly(new WriteFile("notes.txt", content));
    }

    @Test
    void readsAnOpeningTagFollowedByItsClosingTagAsAnEmptyFile() {
        assertThat(parse("<vt-file path=\"empty.txt\">\n</vt-file>\n<vt-end/>\n")
                        .operations())
                .containsExactly(new WriteFile("empty.txt", ""));
    }

    @Test
    void keepsTheNewlineThatEndsTheLastLine() {
        assertThat(parse("<vt-file path=\"a.txt\">\none\n\n</vt-file>\n<vt-end/>\n")
                        .operations())
                .containsExactly(new WriteFile("a.txt", "one\n\n"));
    }

    @Test
    void readsSeveralPairsOfOnePatchInOrder() {
        List<Replacement> pairs =
                List.of(new Replacement("a\n", "b\n"), new Replacement("c\n", ""), new Replacement("d\n", "e\nf\n"));

        String text = new ProtocolWriter().patch("x.js", pairs).end().toString();

        assertThat(parse(text).operations()).containsExactly(new PatchFile("x.js", pairs));
    }

    @Test
    void ignoresBlankLinesBetweenThePairsOfAPatch() {
        String text = "<vt-patch path=\"x.js\">\n\n<vt-search>\na\n</vt-search>\n  \n<vt-replace>\nb\n</vt-replace>\n\n"
                + "</vt-patch>\n<vt-end/>\n";

        assertThat(parse(text).operations())
                .containsExactly(new PatchFile("x.js", List.of(new Replacement("a\n", "b\n"))));
    }

    @Test
    void readsDependenciesAndTheSummary() {
        String text = "<vt-dependencies>\nreact@^19.1.0\ndev:vite@^7.0.0\n\nzod\n</vt-dependencies>\n"
                + "<vt-summary>\n  A todo app with add, complete and delete.\n</vt-summary>\n<vt-end/>\n";

        ParsedOutput output = parse(text);

        assertThat(output.dependencies())
                .containsExactly(
                        new Dependency("react", "^19.1.0", false),
                        new Dependency("vite", "^7.0.0", true),
                        new Dependency("zod", "latest", false));
        assertThat(output.summary()).contains("A todo app with add, complete and delete.");
    }

    @Test
    void joinsTheDependenciesOfSeveralBlocksAndKeepsTheLastSummary() {
        String text = new ProtocolWriter()
                .summary("First.")
                .dependencies(List.of(new Dependency("react", "^19.1.0", false)))
                .dependencies(List.of(new Dependency("vitest", "^3.0.0", true)))
                .summary("Second.")
                .end()
                .toString();

        ParsedOutput output = parse(text);

        assertThat(output.dependencies()).extracting(Dependency::name).containsExactly("react", "vitest");
        assertThat(output.summary()).contains("Second.");
    }

    @Test
    void hasNoSummaryWhenTheOutputGaveNone() {
        assertThat(parse("<vt-end/>\n").summary()).isEmpty();
        assertThat(parse("<vt-summary>\n \n</vt-summary>\n<vt-end/>\n").summary())
                .isEmpty();
    }

    @Test
    void recognisesTagsWithSurroundingSpacesAndTabs() {
        String text = "  <vt-file path=\"a.txt\">  \nbody\n\t</vt-file>\t\n <vt-delete  path=\"b.txt\" />\n"
                + "   <vt-end/>   \n";

        assertThat(parse(text).operations()).containsExactly(new WriteFile("a.txt", "body\n"), new DeleteFile("b.txt"));
    }

    @Test
    void recognisesTagsOnCrLfLinesAndKeepsCarriageReturnsInContent() {
        String text = "Here it is:\r\n<vt-file path=\"a.txt\">\r\none\r\ntwo\r\n</vt-file>\r\n"
                + "<vt-patch path=\"b.txt\">\r\n<vt-search>\r\nx\r\n</vt-search>\r\n<vt-replace>\r\ny\r\n</vt-replace>\r\n"
                + "</vt-patch>\r\n<vt-end/>\r\n";

        assertThat(parse(text).operations())
                .containsExactly(
                        new WriteFile("a.txt", "one\r\ntwo\r\n"),
                        new PatchFile("b.txt", List.of(new Replacement("x\r\n", "y\r\n"))));
    }

    @Test
    void acceptsAnEndMarkerWithoutATrailingNewline() {
        ProtocolParser parser = new ProtocolParser(ProtocolLimits.DEFAULTS, ProtocolListener.NONE);
        parser.feed("<vt-delete path=\"a\"/>\n<vt-end/>");

        assertThat(parser.ended()).isFalse();
        assertThat(parser.finish().operations()).containsExactly(new DeleteFile("a"));
        assertThat(parser.ended()).isTrue();
    }

    @Test
    void ignoresEverythingAfterTheEndMarker() {
        ProtocolParser parser = new ProtocolParser(ProtocolLimits.DEFAULTS, ProtocolListener.NONE);
        parser.feed("<vt-delete path=\"a\"/>\n<vt-end/>\n<vt-foo>\n</vt-file>\n<vt-file path=\"../x\">\n");
        parser.feed("<vt-delete path=\"b\"/>\n<vt-summary>\nunclosed");

        assertThat(parser.ended()).isTrue();
        assertThat(parser.finish().operations()).containsExactly(new DeleteFile("a"));
    }

    @Test
    void stripsMarkdownFencesAroundAWholeFile() {
        String text = new ProtocolWriter()
                .file("a.jsx", "```jsx\nconst a = 1;\n```\n")
                .file("b.js", "```\nconst b = 2;\n```\n")
                .file("c.js", "```js\n```\n")
                .file("d.js", "  ```typescript  \r\nconst d = 4;\r\n ``` \r\n")
                .end()
                .toString();

        assertThat(parse(text).operations())
                .containsExactly(
                        new WriteFile("a.jsx", "const a = 1;\n"),
                        new WriteFile("b.js", "const b = 2;\n"),
                        new WriteFile("c.js", ""),
                        new WriteFile("d.js", "const d = 4;\r\n"));
    }

    @Test
    void keepsFencesThatDoNotSurroundTheWholeFile() {
        String onlyFirst = "```jsx\nconst a = 1;\n";
        String onlyLast = "const a = 1;\n```\n";
        String notLast = "```jsx\nconst a = 1;\n```\n\n";
        String single = "```\n";
        String readme = "# Title\n\n```sh\nnpm install\n```\n";

        String text = new ProtocolWriter()
                .file("a.js", onlyFirst)
                .file("b.js", onlyLast)
                .file("c.js", notLast)
                .file("d.md", single)
                .file("README.md", readme)
                .end()
                .toString();

        assertThat(parse(text).operations())
                .extracting(operation -> ((WriteFile) operation).content())
                .containsExactly(onlyFirst, onlyLast, notLast, single, readme);
    }

    @Test
    void allowsUnicodeLettersInPathsAndContent() {
        String text = new ProtocolWriter()
                .file("docs/Überblick 日本.md", "Grüße 🎉\n")
                .end()
                .toString();

        assertThat(parse(text).operations()).containsExactly(new WriteFile("docs/Überblick 日本.md", "Grüße 🎉\n"));
    }
}
