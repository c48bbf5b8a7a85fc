package io.vectort.generation.protocol;

import java.util.List;
import java.util.Optional;

/**
 * A complete, well-formed generation output.
 *
 * @param operations file operations in the order they are to be applied
 * @param dependencies npm packages from every {@code vt-dependencies} block, in order
 * @param summary the last {@code vt-summary}, stripped, if there was a non-blank one
 */
public record ParsedOutput(List<FileOperation> operations, List<Dependency> dependencies, Optional<String> summary) {

    public ParsedOutput {
        operations = List.copyOf(operations);
        dependencies = List.copyOf(dependencies);
    }
}
