package io.vectort.generation.starter;

import io.vectort.generation.generator.CodeStream;
import java.util.ArrayList;
import java.util.List;

/** A {@link CodeStream} that keeps every chunk and can cancel itself after a number of chunks. */
final class RecordingStream implements CodeStream {

    private final List<String> chunks = new ArrayList<>();
    private final int cancelAfter;

    private RecordingStream(int cancelAfter) {
        this.cancelAfter = cancelAfter;
    }

    static RecordingStream recording() {
        return new RecordingStream(Integer.MAX_VALUE);
    }

    static RecordingStream cancellingAfter(int chunks) {
        return new RecordingStream(chunks);
    }

    @Override
    public void write(String chunk) {
        chunks.add(chunk);
    }

    @Override
    public boolean cancelled() {
        return chunks.size() >= cancelAfter;
    }

    List<String> chunks() {
        return chunks;
    }

    String text() {
        return String.join("", chunks);
    }
}
