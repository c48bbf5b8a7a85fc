package io.vectort.generation.starter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;

/**
 * What a turn writes and deletes to turn the current files into the starter's new project. Files
 * whose content is already right are left out. Only files the starter itself generated for the
 * previous turn are ever deleted, so files the person added (or an AI turn wrote) survive.
 *
 * @param writes new or changed files, in the project's output order
 * @param deletes paths to remove, in the previous project's order
 */
record ProjectChanges(SequencedMap<String, String> writes, List<String> deletes) {

    ProjectChanges {
        writes = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(writes));
        deletes = List.copyOf(deletes);
    }

    static ProjectChanges between(
            Map<String, String> currentFiles, StarterProject next, Optional<StarterProject> previous) {
        SequencedMap<String, String> writes = new LinkedHashMap<>();
        next.files().forEach((path, content) -> {
            if (!content.equals(currentFiles.get(path))) {
                writes.put(path, content);
            }
        });
        List<String> deletes = new ArrayList<>();
        previous.ifPresent(before -> before.files().keySet().stream()
                .filter(path -> !next.files().containsKey(path) && currentFiles.containsKey(path))
                .forEach(deletes::add));
        return new ProjectChanges(writes, deletes);
    }

    boolean isEmpty() {
        return writes.isEmpty() && deletes.isEmpty();
    }
}
