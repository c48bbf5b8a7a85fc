package io.vectort.generation.protocol;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a parse has staged so far. It also stops a runaway output early: more distinct files written
 * than a project may hold, or more bytes written than a project may weigh, cannot become a valid
 * version (writing a file and deleting it again in one output would be pointless), so there is no
 * reason to keep reading. The exact limits are enforced on the resulting project by
 * {@link ProjectFiles}.
 */
final class StagedOutput {

    private final ProtocolLimits limits;
    private final List<FileOperation> operations = new ArrayList<>();
    private final List<Dependency> dependencies = new ArrayList<>();
    private final Set<String> writtenPaths = new HashSet<>();
    private final Map<String, Long> writtenBytes = new HashMap<>();
    private long writtenTotal;
    private @Nullable String summary;

    StagedOutput(ProtocolLimits limits) {
        this.limits = limits;
    }

    void startWrite(String path) {
        if (writtenPaths.add(path) && writtenPaths.size() > limits.maxFiles()) {
            throw new ProtocolViolationException(
                    "too_many_files",
                    "The output writes more than " + limits.maxFiles() + " files, the most a project may have");
        }
    }

    void add(FileOperation operation) {
        if (operation instanceof FileOperation.WriteFile write) {
            long bytes = Utf8.length(write.content());
            Long previous = writtenBytes.put(write.path(), bytes);
            writtenTotal += bytes - (previous == null ? 0 : previous);
            if (writtenTotal > limits.maxTotalBytes()) {
                throw new ProtocolViolationException(
                        "project_too_large",
                        "The files written by the output exceed the project limit of "
                                + Display.bytes(limits.maxTotalBytes()) + " (at " + Display.quote(write.path())
                                + ")");
            }
        }
        operations.add(operation);
    }

    void addDependencies(List<Dependency> added) {
        dependencies.addAll(added);
    }

    /** A later summary replaces an earlier one; a blank one clears it. */
    void summary(String text) {
        summary = text.isEmpty() ? null : text;
    }

    ParsedOutput toParsedOutput() {
        return new ParsedOutput(operations, dependencies, Optional.ofNullable(summary));
    }
}
