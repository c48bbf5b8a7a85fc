package io.vectort.generation.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.generation.protocol.FileOperation.DeleteFile;
import io.vectort.generation.protocol.FileOperation.PatchFile;
import io.vectort.generation.protocol.FileOperation.RenameFile;
import io.vectort.generation.protocol.FileOperation.Replacement;
import io.vectort.generation.protocol.FileOperation.WriteFile;
import io.vectort.generation.protocol.RecordingListener.Completed;
import io.vectort.generation.protocol.RecordingListener.Content;
import io.vectort.generation.protocol.RecordingListener.Dependencies;
import io.vectort.generation.protocol.RecordingListener.Ended;
import io.vectort.generation.protocol.RecordingListener.Narrative;
import io.vectort.generation.protocol.RecordingListener.Started;
import io.vectort.generation.protocol.RecordingListener.Summary;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProtocolParserStreamingTest {

    private final RecordingListener listener = new RecordingListener();
    private final ProtocolParser parser = new ProtocolParser(ProtocolLimits.DEFAULTS, listener);

    @Test
    void reportsEachStepOfTheParseInOrder() {
        List<Replacement> pairs = List.of(new Replacement("a\n", "b\n"));
        List<Dependency> dependencies = List.of(new Dependency("zod", "^4.0.0", false));
        parser.feed(new ProtocolWriter()
                .narrative("Building your app.")
                .file("src/App.jsx", "app();\n")
                .patch("src/main.jsx", pairs)
                .delete("old.css")
                .rename("a.js", "b.js")
                .dependencies(dependencies)
                .summary("A todo app.")
                .narrative("Enjoy!")
                .end()
                .toString());

        assertThat(listener.events)
                .containsExactly(
                        new Narrative("Building your app.\n"),
                        new Started("src/App.jsx", "write"),
                        new Content("src/App.jsx", "app();\n"),
                        new Completed(new WriteFile("src/App.jsx", "app();\n")),
                        new Started("src/main.jsx", "patch"),
                        new Completed(new PatchFile("src/main.jsx", pairs)),
                        new Started("old.css", "delete"),
                        new Completed(new DeleteFile("old.css")),
                        new Started("a.js", "rename"),
                        new Completed(new RenameFile("a.js", "b.js")),
                        new Dependencies(dependencies),
                        new Summary("A todo app."),
                        new Narrative("Enjoy!\n"),
                        new Ended());
    }

    @Test
    void streamsFileContentBeforeTheLineEnds() {
        parser.feed("<vt-file path=\"a.js\">\nconst answ");

        assertThat(listener.contentOf("a.js")).isEqualTo("const answ");

        parser.feed("er = 42;\n");

        assertThat(listener.contentOf("a.js")).isEqualTo("const answer = 42;\n");
    }

    @Test
    void holdsBackALineThatMayStillBeTheClosingTag() {
        parser.feed("<vt-file path=\"a.js\">\nx\n  </vt-fi");

        assertThat(listener.contentOf("a.js")).isEqualTo("x\n");

        parser.feed("lex\n");

        assertThat(listener.contentOf("a.js")).isEqualTo("x\n  </vt-filex\n");
    }

    @Test
    void streamsNarrativeBeforeTheLineEndsUnlessItMayBeATag() {
        parser.feed("I will now write ");
        parser.feed("the app.\n  <vt-");

        assertThat(listener.narrative()).isEqualTo("I will now write the app.\n");
    }

    @Test
    void neverStreamsTheFencesThatAreStripped() {
        parser.feed("<vt-file path=\"a.jsx\">\n```jsx\nconst a = 1;\n```\n");

        assertThat(listener.contentOf("a.jsx")).isEqualTo("const a = 1;\n");

        parser.feed("```\nb();\n```\n</vt-file>\n");

        assertThat(listener.contentOf("a.jsx")).isEqualTo("const a = 1;\n```\n```\nb();\n");
        assertThat(listener.events).contains(new Completed(new WriteFile("a.jsx", "const a = 1;\n```\n```\nb();\n")));
    }

    @Test
    void neverStreamsAnOpeningFenceEvenWhenItsClosingFenceDoesNotCome() {
        parser.feed("<vt-file path=\"a.jsx\">\n```jsx\nconst a = 1;\n</vt-file>\n");

        assertThat(listener.contentOf("a.jsx")).isEqualTo("const a = 1;\n");
        assertThat(listener.events).contains(new Completed(new WriteFile("a.jsx", "```jsx\nconst a = 1;\n")));
    }

    @Test
    void streamsTheContentOfAFileWithoutFencesExactly() {
        String content = "first\n\n```\nmiddle\r\n```\n";
        parser.feed(new ProtocolWriter().file("a.md", content).end().toString());

        assertThat(listener.contentOf("a.md")).isEqualTo(content);
    }

    @Test
    void streamsNothingForAnEmptyFile() {
        parser.feed("<vt-file path=\"a.txt\">\n</vt-file>\n");

        assertThat(listener.events)
                .containsExactly(new Started("a.txt", "write"), new Completed(new WriteFile("a.txt", "")));
    }

    @Test
    void recognisesACrLfSplitBetweenChunks() {
        for (String chunk : List.of("<vt-file path=\"a.txt\">\r", "\nx\r", "\n</vt-file>\r", "\n<vt-end/>\r", "\n")) {
            parser.feed(chunk);
        }

        assertThat(parser.finish().operations()).containsExactly(new WriteFile("a.txt", "x\r\n"));
    }

    @Test
    void reportsTheEndOnceAndNothingAfterIt() {
        parser.feed("<vt-end/>\nBye!\n");
        parser.feed("<vt-delete path=\"a\"/>\n");

        assertThat(listener.events).containsExactly(new Ended());
    }
}
