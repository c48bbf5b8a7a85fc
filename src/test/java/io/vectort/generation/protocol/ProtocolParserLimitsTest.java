package io.vectort.generation.protocol;

import static io.vectort.generation.protocol.Parsing.violation;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProtocolParserLimitsTest {

    private static final ProtocolLimits SMALL = new ProtocolLimits(16, 40, 3);

    private final RecordingListener listener = new RecordingListener();
    private final ProtocolParser parser = new ProtocolParser(SMALL, listener);

    @Test
    void acceptsAFileOfExactlyTheLimit() {
        parser.feed("<vt-file path=\"a.txt\">\n123456789012345\n</vt-file>\n<vt-end/>\n");

        assertThat(parser.finish().operations())
                .containsExactly(new FileOperation.WriteFile("a.txt", "123456789012345\n"));
    }

    @Test
    void refusesALargerFileAsSoonAsTheLimitIsPassedBeforeItsClosingTag() {
        parser.feed("<vt-file path=\"a.txt\">\n1234567890\n");

        ProtocolViolationException e = violation(() -> parser.feed("1234567"));

        assertThat(e.code()).isEqualTo("file_too_large");
        assertThat(e.getMessage()).isEqualTo("The file \"a.txt\" is larger than the limit of 16 bytes");
    }

    @Test
    void countsBytesNotCharacters() {
        parser.feed("<vt-file path=\"a.txt\">\n");

        // 6 characters, 18 UTF-8 bytes
        assertThat(violation(() -> parser.feed("日本語日本語")).code()).isEqualTo("file_too_large");
    }

    @Test
    void refusesALongLineThatMightStillBeTheClosingTag() {
        parser.feed("<vt-file path=\"a.txt\">\n</vt-file>");

        assertThat(violation(() -> parser.feed(" ".repeat(20))).code()).isEqualTo("file_too_large");
    }

    @Test
    void limitsSearchAndReplaceTextsLikeFiles() {
        parser.feed("<vt-patch path=\"a.txt\">\n<vt-search>\n");

        ProtocolViolationException e = violation(() -> parser.feed("x".repeat(17)));

        assertThat(e.code()).isEqualTo("file_too_large");
        assertThat(e.getMessage()).startsWith("A search text for \"a.txt\"");
    }

    @Test
    void limitsTheSummaryLikeAFile() {
        parser.feed("<vt-summary>\n");

        ProtocolViolationException e = violation(() -> parser.feed("A summary that goes on and on.\n"));

        assertThat(e.code()).isEqualTo("malformed_output");
        assertThat(e.getMessage()).isEqualTo("The <vt-summary> block is larger than the limit of 16 bytes");
    }

    @Test
    void refusesMoreFilesThanAProjectMayHoldAtTheOpeningTag() {
        parser.feed(
                "<vt-file path=\"a\">\n</vt-file>\n<vt-file path=\"b\">\n</vt-file>\n<vt-file path=\"a\">\n</vt-file>\n");
        parser.feed("<vt-file path=\"c\">\n</vt-file>\n");

        ProtocolViolationException e = violation(() -> parser.feed("<vt-file path=\"d\">\n"));

        assertThat(e.code()).isEqualTo("too_many_files");
        assertThat(listener.events).doesNotContain(new RecordingListener.Started("d", "write"));
    }

    @Test
    void refusesWritesThatTogetherExceedTheProjectLimit() {
        parser.feed(
                "<vt-file path=\"a\">\n123456789012345\n</vt-file>\n<vt-file path=\"b\">\n123456789012345\n</vt-file>\n");
        parser.feed("<vt-file path=\"a\">\n1\n</vt-file>\n"); // rewriting "a" frees its earlier bytes
        parser.feed("<vt-file path=\"c\">\n123456789012345\n</vt-file>\n"); // 2 + 16 + 16 bytes
        parser.feed("<vt-file path=\"a\">\n123456789012345\n");

        ProtocolViolationException e = violation(() -> parser.feed("</vt-file>\n"));

        assertThat(e.code()).isEqualTo("project_too_large");
        assertThat(e.getMessage())
                .isEqualTo("The files written by the output exceed the project limit of 40 bytes (at \"a\")");
    }

    @Test
    void refusesAnOverlongLineThatMightStillBeATagOutsideBlocks() {
        ProtocolParser defaults = new ProtocolParser(ProtocolLimits.DEFAULTS, listener);
        defaults.feed("<vt-file path=\"");

        ProtocolViolationException e = violation(() -> defaults.feed("a".repeat(ProtocolReader.MAX_TAG_LINE_CHARS)));

        assertThat(e.code()).isEqualTo("malformed_output");
    }
}
