package io.vectort.generation.protocol;

import java.util.List;

// TEMPORARY STUB until the protocol branch is merged.
public interface ProtocolListener {
    default void fileStarted(String path, String kind) {}

    default void fileContent(String path, String text) {}

    default void fileCompleted(FileOperation op) {}

    default void narrative(String text) {}

    default void summary(String text) {}

    default void dependencies(List<Dependency> dependencies) {}

    default void ended() {}
}
