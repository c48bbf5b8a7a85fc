package io.vectort.generation.protocol;

import static io.vectort.generation.protocol.Parsing.violation;
import static io.vectort.generation.protocol.Parsing.violationParsing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProtocolParserErrorsTest {

    private final RecordingListener listener = new RecordingListener();
    private final ProtocolParser parser = new ProtocolParser(ProtocolLimits.DEFAULTS, listener);

    @Test
    void refusesOutputWithoutTheEndMarker() {
        ProtocolViolationException e = violationParsing("<vt-delete path=\"a\"/>\nDone.\n");

        assertThat(e.code()).isEqualTo("incomplete_output");
        assertThat(e.getMessage()).isEqualTo("The output stopped without the end marker <vt-end/>");
    }

    @Test
    void refusesOutputThatStopsInsideABlock() {
        ProtocolViolationException e = violationParsing("<vt-file path=\"src/App.jsx\">\nexport default\n");

        assertThat(e.code()).isEqualTo("incomplete_output");
        assertThat(e.getMessage())
                .isEqualTo(
                        "The output stopped inside the file \"src/App.jsx\", before </vt-file> without the end marker"
                                + " <vt-end/>");
    }

    @Test
    void refusesAnEndMarkerInsideAFileAsContentSoTheOutputIsIncomplete() {
        assertThat(violationParsing("<vt-file path=\"a\">\n<vt-end/>\n").code()).isEqualTo("incomplete_output");
    }

    @Test
    void refusesOutputThatStopsInsideAPatch() {
        ProtocolViolationException e = violationParsing("<vt-patch path=\"a.js\">\n<vt-search>\nx\n</vt-search>\n");

        assertThat(e.getMessage()).contains("inside the patch of \"a.js\"");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<vt-foo>",
                "<vt-file>",
                "<vt-file path='a.js'>",
                "<vt-file path=\"a.js\" mode=\"x\">",
                "<vt-file path=\"a.js\"/>",
                "<vt-file path=\"a.js\" path=\"b.js\">",
                "<vt-file path=\"a\"b.js\">",
                "<vt-delete path=\"a.js\">",
                "<vt-rename from=\"a.js\"/>",
                "<vt-end>",
                "<vt-end/> now",
                "<vt-search>",
                "<vt-replace>",
                "</vt-file>",
                "</vt-patch>",
                "</vt-summary>",
                "</vt-file path=\"a.js\">",
                "<vt-FILE path=\"a.js\">",
            })
    void refusesMalformedOrMisplacedTagLines(String line) {
        ProtocolViolationException e = violation(() -> parser.feed(line + "\n"));

        assertThat(e.code()).isEqualTo("malformed_output");
        assertThat(listener.events).isEmpty();
    }

    @Test
    void namesTheStrayClosingTag() {
        assertThat(violation(() -> parser.feed("</vt-file>\n")).getMessage())
                .isEqualTo("The closing tag </vt-file> has no opening tag");
    }

    @Test
    void namesTheUnknownTag() {
        assertThat(violation(() -> parser.feed("<vt-foo>\n")).getMessage()).isEqualTo("Unknown tag \"<vt-foo>\"");
    }

    @Test
    void refusesAPatchWithASearchAndNoReplace() {
        ProtocolViolationException e =
                violation(() -> parser.feed("<vt-patch path=\"a.js\">\n<vt-search>\nx\n</vt-search>\n</vt-patch>\n"));

        assertThat(e.code()).isEqualTo("malformed_output");
        assertThat(e.getMessage()).isEqualTo("The patch of \"a.js\" has a <vt-search> without its <vt-replace>");
    }

    @Test
    void refusesAPatchWithoutPairs() {
        ProtocolViolationException e = violation(() -> parser.feed("<vt-patch path=\"a.js\">\n</vt-patch>\n"));

        assertThat(e.getMessage()).isEqualTo("The patch of \"a.js\" has no <vt-search>/<vt-replace> pair");
    }

    @Test
    void refusesAnEmptySearchText() {
        ProtocolViolationException e =
                violation(() -> parser.feed("<vt-patch path=\"a.js\">\n<vt-search>\n</vt-search>\n"));

        assertThat(e.code()).isEqualTo("malformed_output");
        assertThat(e.getMessage()).contains("search text for \"a.js\" is empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"some prose", "<vt-replace>", "<vt-file path=\"b.js\">", "<vt-end/>", "</vt-search>"})
    void refusesAnythingButItsOwnTagsBetweenThePairsOfAPatch(String line) {
        ProtocolViolationException e = violation(() -> parser.feed("<vt-patch path=\"a.js\">\n" + line + "\n"));

        assertThat(e.code()).isEqualTo("malformed_output");
        assertThat(e.getMessage()).contains("expected <vt-search> or </vt-patch>");
    }

    @Test
    void refusesAnythingButTheReplaceAfterASearch() {
        ProtocolViolationException e =
                violation(() -> parser.feed("<vt-patch path=\"a.js\">\n<vt-search>\nx\n</vt-search>\n<vt-search>\n"));

        assertThat(e.getMessage()).contains("expected <vt-replace>");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<vt-file path=\"../etc/passwd\">",
                "<vt-patch path=\"/etc/passwd\">",
                "<vt-delete path=\".git/config\"/>",
                "<vt-rename from=\"C:/x.js\" to=\"a.js\"/>",
                "<vt-rename from=\"a.js\" to=\"src/../../a.js\"/>",
            })
    void refusesUnsafePathsAtTheOpeningTag(String line) {
        ProtocolViolationException e = violation(() -> parser.feed(line + "\n"));

        assertThat(e.code()).isEqualTo("unsafe_path");
        assertThat(listener.events).isEmpty();
    }

    @Test
    void refusesAPlaceholderAsSoonAsItsLineArrives() {
        parser.feed("<vt-file path=\"src/App.jsx\">\nfunction App() {\n");

        ProtocolViolationException e = violation(() -> parser.feed("  // ... rest of the code unchanged\n"));

        assertThat(e.code()).isEqualTo("placeholder");
        assertThat(e.getMessage())
                .isEqualTo("The file \"src/App.jsx\", line 2, holds the placeholder \"// ... rest of the code"
                        + " unchanged\": it stands for code instead of containing it; write the code in full");
    }

    @Test
    void refusesAPlaceholderOnTheLastLineOfAStreamThatEndsWithoutNewline() {
        parser.feed("<vt-file path=\"a.js\">\nx();\n/* ... */");

        assertThat(violation(parser::finish).code()).isEqualTo("placeholder");
    }

    @Test
    void refusesAPlaceholderInAPatchReplacement() {
        String text = new ProtocolWriter()
                .patch("a.js", List.of(new FileOperation.Replacement("old();\n", "new();\n// ... existing code ...\n")))
                .end()
                .toString();

        assertThat(violationParsing(text).getMessage()).startsWith("A replacement for \"a.js\", line 2, holds");
    }

    @Test
    void acceptsAPlaceholderLikeLineThatTheReplacementCarriesOverFromTheSearch() {
        List<FileOperation.Replacement> pairs =
                List.of(new FileOperation.Replacement("// ...\nold();\n", "// ...\nnew();\n"));
        String text = new ProtocolWriter().patch("a.js", pairs).end().toString();

        assertThat(Parsing.parse(text).operations()).containsExactly(new FileOperation.PatchFile("a.js", pairs));
    }

    @Test
    void refusesAnUnsupportedDependencyLine() {
        ProtocolViolationException e =
                violationParsing("<vt-dependencies>\nevil@git+ssh://host/repo.git\n</vt-dependencies>\n<vt-end/>\n");

        assertThat(e.code()).isEqualTo("malformed_output");
        assertThat(e.getMessage()).contains("\"evil@git+ssh://host/repo.git\" has an unsupported version");
    }

    @Test
    void cannotBeUsedAfterAViolation() {
        violation(() -> parser.feed("<vt-foo>\n"));

        assertThatThrownBy(() -> parser.feed("<vt-end/>\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasCauseInstanceOf(ProtocolViolationException.class);
    }
}
