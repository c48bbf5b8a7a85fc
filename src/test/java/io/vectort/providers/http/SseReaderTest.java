package io.vectort.providers.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SseReaderTest {

    @Test
    void readsNamedAndUnnamedEventsIgnoringComments() throws IOException {
        List<SseEvent> events =
                read(": OPENROUTER PROCESSING\n\nevent: ping\ndata: {\"type\": \"ping\"}\n\ndata: {\"a\":1}\n\n");

        assertThat(events)
                .containsExactly(new SseEvent("ping", "{\"type\": \"ping\"}"), new SseEvent("message", "{\"a\":1}"));
    }

    @Test
    void acceptsEveryLineEnding() throws IOException {
        assertThat(read("data: a\r\n\r\ndata: b\r\rdata: c\n\n"))
                .extracting(SseEvent::data)
                .containsExactly("a", "b", "c");
    }

    @Test
    void joinsMultiLineDataAndKeepsSpacesAfterTheFirst() throws IOException {
        assertThat(read("data:one\ndata:  two\n\n")).extracting(SseEvent::data).containsExactly("one\n two");
    }

    @Test
    void deliversACompleteLastEventWithoutTheFinalBlankLine() throws IOException {
        assertThat(read("data: [DONE]\n")).extracting(SseEvent::data).containsExactly("[DONE]");
    }

    @Test
    void dropsAHalfReceivedLastLine() throws IOException {
        assertThat(read("data: {\"a\":1}\n\ndata: {\"trunc"))
                .extracting(SseEvent::data)
                .containsExactly("{\"a\":1}");
    }

    @Test
    void decodesCharactersSplitAcrossReads() throws IOException {
        byte[] bytes = "data: héllo 🌍\n\n".getBytes(StandardCharsets.UTF_8);
        InputStream oneByteAtATime = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(1, len));
            }
        };

        assertThat(new SseReader(oneByteAtATime).next()).hasValue(new SseEvent("message", "héllo 🌍"));
    }

    @Test
    void refusesEndlessLines() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };

        assertThatThrownBy(() -> new SseReader(endless).next())
                .isInstanceOf(IOException.class)
                .hasMessageContaining("line longer than");
    }

    private static List<SseEvent> read(String text) throws IOException {
        SseReader reader = new SseReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        List<SseEvent> events = new ArrayList<>();
        for (Optional<SseEvent> next = reader.next(); next.isPresent(); next = reader.next()) {
            events.add(next.get());
        }
        return events;
    }
}
