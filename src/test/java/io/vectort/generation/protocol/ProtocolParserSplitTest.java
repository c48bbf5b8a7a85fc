package io.vectort.generation.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.generation.protocol.FileOperation.Replacement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

/**
 * The parse of a stream must not depend on how it was chunked: the output, the error, and the
 * callbacks (pieces of one file or of narrative joined) are those of the unsplit text.
 */
class ProtocolParserSplitTest {

    /** What one parse produced: the output or the violation, and the callbacks before it. */
    record Outcome(Optional<ParsedOutput> output, Optional<String> violation, List<RecordingListener.Event> events) {}

    @Property(tries = 400)
    void randomSplitsParseLikeTheWholeText(
            @ForAll("documents") String document,
            @ForAll @Size(max = 30) List<@DoubleRange(min = 0, max = 1) Double> cuts) {
        TreeSet<Integer> positions = new TreeSet<>();
        cuts.forEach(cut -> positions.add((int) (cut * document.length())));
        List<String> chunks = new ArrayList<>();
        int start = 0;
        for (int position : positions) {
            chunks.add(document.substring(start, position));
            start = position;
        }
        chunks.add(document.substring(start));

        assertSameOutcome(parse(chunks), parse(List.of(document)));
    }

    @Property(tries = 150)
    void oneCharacterChunksParseLikeTheWholeText(@ForAll("documents") String document) {
        List<String> chunks =
                document.chars().mapToObj(c -> String.valueOf((char) c)).toList();

        assertSameOutcome(parse(chunks), parse(List.of(document)));
    }

    @Property(tries = 300)
    void streamedContentIsTheWrittenContent(@ForAll("documents") String document) {
        RecordingListener listener = new RecordingListener();
        ProtocolParser parser = new ProtocolParser(ProtocolLimits.DEFAULTS, listener);
        try {
            parser.feed(document);
            parser.finish();
        } catch (ProtocolViolationException e) {
            return; // about a quarter of the documents are meant to fail; the split properties cover those
        }
        // A block's pieces arrive between its fileStarted and its fileCompleted.
        List<RecordingListener.Event> events = listener.events;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof RecordingListener.Started started
                    && started.kind().equals("write")) {
                StringBuilder streamed = new StringBuilder();
                int j = i + 1;
                for (; events.get(j) instanceof RecordingListener.Content piece; j++) {
                    streamed.append(piece.text());
                }
                String written =
                        ((FileOperation.WriteFile) ((RecordingListener.Completed) events.get(j)).operation()).content();
                // The one documented exception: an opening fence whose closing fence never came.
                String firstLine = written.lines().findFirst().orElse("");
                if (Fences.isOpening(firstLine) && !written.equals(streamed.toString())) {
                    assertThat(written).endsWith(streamed.toString());
                    assertThat(written.length() - streamed.length()).isEqualTo(written.indexOf('\n') + 1);
                } else {
                    assertThat(streamed.toString()).isEqualTo(written);
                }
            }
        }
    }

    private static void assertSameOutcome(Outcome split, Outcome whole) {
        assertThat(split.violation()).isEqualTo(whole.violation());
        assertThat(split.output()).isEqualTo(whole.output());
        if (whole.violation().isEmpty()) {
            assertThat(split.events()).isEqualTo(whole.events());
        }
    }

    private static Outcome parse(List<String> chunks) {
        RecordingListener listener = new RecordingListener();
        ProtocolParser parser = new ProtocolParser(ProtocolLimits.DEFAULTS, listener);
        try {
            chunks.forEach(parser::feed);
            return new Outcome(Optional.of(parser.finish()), Optional.empty(), listener.events);
        } catch (ProtocolViolationException e) {
            return new Outcome(Optional.empty(), Optional.of(e.code() + ": " + e.getMessage()), listener.events);
        }
    }

    @Provide
    Arbitrary<String> documents() {
        Arbitrary<Consumer<ProtocolWriter>> part = Arbitraries.frequencyOf(
                Tuple.of(3, narratives().map(text -> w -> w.narrative(text))),
                Tuple.of(
                        5,
                        Combinators.combine(paths(), contents("</vt-file>"))
                                .as((path, content) -> w -> w.file(path, content))),
                Tuple.of(
                        2,
                        Combinators.combine(paths(), pairs().list().ofMinSize(1).ofMaxSize(3))
                                .as((path, pairs) -> w -> w.patch(path, pairs))),
                Tuple.of(1, paths().map(path -> w -> w.delete(path))),
                Tuple.of(1, Combinators.combine(paths(), paths()).as((a, b) -> w -> w.rename(a, b))),
                Tuple.of(1, dependencies().map(list -> w -> w.dependencies(list))),
                Tuple.of(1, narratives().map(text -> w -> w.summary(text))));
        Arbitrary<Consumer<ProtocolWriter>> ending = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.just(w -> w.end().narrative("Text after the end.\n<vt-foo>"))),
                Tuple.of(1, Arbitraries.just(w -> {})),
                Tuple.of(1, Arbitraries.just(w -> w.narrative("<vt-unknown/>"))));
        Arbitrary<String> document = Combinators.combine(part.list().ofMaxSize(8), ending)
                .as((parts, end) -> {
                    ProtocolWriter writer = new ProtocolWriter();
                    parts.forEach(step -> step.accept(writer));
                    end.accept(writer);
                    return writer.toString();
                });
        return Combinators.combine(document, Arbitraries.of(false, false, true))
                .as((text, crlf) -> crlf ? text.replace("\n", "\r\n") : text);
    }

    private static Arbitrary<String> paths() {
        return Arbitraries.of("src/App.jsx", "index.html", "src/components/Todo Item.jsx", "docs/Überblick.md", "a");
    }

    private static Arbitrary<Replacement> pairs() {
        return Combinators.combine(contents("</vt-search>").filter(s -> !s.isEmpty()), contents("</vt-replace>"))
                .as(Replacement::new);
    }

    private static Arbitrary<List<Dependency>> dependencies() {
        Arbitrary<Dependency> dependency = Combinators.combine(
                        Arbitraries.of("react", "@tanstack/react-query", "zod", "vite"),
                        Arbitraries.of("latest", "^19.1.0", ">=1.0.0 <2.0.0"),
                        Arbitraries.of(true, false))
                .as(Dependency::new);
        return dependency.list().ofMaxSize(4);
    }

    private static Arbitrary<String> narratives() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.of("Here is your app.", "", "  ", "<div>", "< vt-file>", "Done 🎉\r", "<v", "x</vt-end/>"),
                Arbitraries.strings().withChars("ab <>/`\t-é").ofMaxLength(12));
        return line.list()
                .ofMaxSize(3)
                .map(lines -> String.join("\n", lines))
                .filter(text -> text.lines().map(String::strip).noneMatch(TagLine::looksLikeTag));
    }

    /** Block content whose lines are never exactly {@code closingTag}, with and without a final newline. */
    private static Arbitrary<String> contents(String closingTag) {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.of(
                        "const x = 1;",
                        "",
                        "   indented",
                        "\t<vt-file path=\"x\">",
                        "</vt-file> not a close",
                        "```",
                        "```jsx",
                        "  ```  ",
                        "<vt-end/>",
                        "émoji 🎉",
                        "windows\r",
                        "</vt-search>x",
                        " ",
                        "<",
                        "</vt-fil",
                        "const { a, ...rest } = props;"),
                Arbitraries.strings().withChars("ab <>/`\t-é\r").ofMaxLength(15));
        return Combinators.combine(line.list().ofMaxSize(6), Arbitraries.of(true, false))
                .as((lines, newline) -> String.join("\n", lines) + (newline && !lines.isEmpty() ? "\n" : ""))
                .filter(text -> text.lines().map(String::strip).noneMatch(closingTag::equals));
    }
}
