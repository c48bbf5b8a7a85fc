package io.vectort.generation.protocol;

import java.util.ArrayList;
import java.util.List;

/**
 * Records callbacks as data. Consecutive content pieces of one file, and consecutive narrative pieces,
 * are joined: how text is split into pieces depends on how the stream was chunked, what they add up
 * to must not.
 */
final class RecordingListener implements ProtocolListener {

    sealed interface Event {}

    record Started(String path, String kind) implements Event {}

    record Content(String path, String text) implements Event {}

    record Completed(FileOperation operation) implements Event {}

    record Narrative(String text) implements Event {}

    record Summary(String text) implements Event {}

    record Dependencies(List<Dependency> dependencies) implements Event {}

    record Ended() implements Event {}

    final List<Event> events = new ArrayList<>();

    @Override
    public void fileStarted(String path, String kind) {
        events.add(new Started(path, kind));
    }

    @Override
    public void fileContent(String path, String text) {
        if (!events.isEmpty()
                && events.getLast() instanceof Content last
                && last.path().equals(path)) {
            events.set(events.size() - 1, new Content(path, last.text() + text));
        } else {
            events.add(new Content(path, text));
        }
    }

    @Override
    public void fileCompleted(FileOperation operation) {
        events.add(new Completed(operation));
    }

    @Override
    public void narrative(String text) {
        if (!events.isEmpty() && events.getLast() instanceof Narrative last) {
            events.set(events.size() - 1, new Narrative(last.text() + text));
        } else {
            events.add(new Narrative(text));
        }
    }

    @Override
    public void summary(String text) {
        events.add(new Summary(text));
    }

    @Override
    public void dependencies(List<Dependency> dependencies) {
        events.add(new Dependencies(dependencies));
    }

    @Override
    public void ended() {
        events.add(new Ended());
    }

    /** Everything streamed for {@code path}, in order. */
    String contentOf(String path) {
        StringBuilder content = new StringBuilder();
        for (Event event : events) {
            if (event instanceof Content piece && piece.path().equals(path)) {
                content.append(piece.text());
            }
        }
        return content.toString();
    }

    String narrative() {
        StringBuilder text = new StringBuilder();
        for (Event event : events) {
            if (event instanceof Narrative piece) {
                text.append(piece.text());
            }
        }
        return text.toString();
    }
}
