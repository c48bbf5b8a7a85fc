package io.vectort.generation.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A {@code vt-patch} being read: its pairs so far, and a search text still waiting for its replacement. */
final class PatchInProgress {

    private final String path;
    private final List<FileOperation.Replacement> pairs = new ArrayList<>();
    private @Nullable String search;

    PatchInProgress(String path) {
        this.path = path;
    }

    String path() {
        return path;
    }

    boolean awaitingReplacement() {
        return search != null;
    }

    String search() {
        return Optional.ofNullable(search).orElseThrow();
    }

    void search(String content) {
        if (content.isEmpty()) {
            throw Malformed.of(
                    "A search text for " + Display.quote(path) + " is empty: it must quote the exact text to replace");
        }
        search = content;
    }

    void replacement(String content) {
        pairs.add(new FileOperation.Replacement(search(), content));
        search = null;
    }

    FileOperation.PatchFile close() {
        if (awaitingReplacement()) {
            throw Malformed.of("The patch of " + Display.quote(path) + " has a <vt-search> without its <vt-replace>");
        }
        if (pairs.isEmpty()) {
            throw Malformed.of("The patch of " + Display.quote(path) + " has no <vt-search>/<vt-replace> pair");
        }
        return new FileOperation.PatchFile(path, pairs);
    }
}
