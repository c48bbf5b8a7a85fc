package io.vectort.generation.progress;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.vectort.generation.protocol.Dependency;
import io.vectort.generation.protocol.FileOperation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One event of a generation's stream. The record is the event's {@code data}; {@link #event()} is
 * its SSE event name. Absent optional fields are left out of the JSON.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface GenerationEvent
        permits StatusChanged,
                GenerationEvent.Message,
                GenerationEvent.FileStarted,
                GenerationEvent.FileDelta,
                GenerationEvent.FileCompleted,
                GenerationEvent.DependenciesDeclared,
                GenerationEvent.Summary,
                GenerationEvent.VersionCreated {

    /** The SSE event name. */
    @JsonIgnore
    String event();

    /** Narrative text of the generator outside files (coalesced, not one event per token). */
    record Message(String text) implements GenerationEvent {
        @Override
        public String event() {
            return "message";
        }
    }

    /** A file operation began: {@code write}, {@code patch}, {@code delete} or {@code rename}. */
    record FileStarted(String path, String operation) implements GenerationEvent {
        @Override
        public String event() {
            return "file_started";
        }
    }

    /** The next piece of a written file (coalesced, about one per 100 ms). */
    record FileDelta(String path, String text) implements GenerationEvent {
        @Override
        public String event() {
            return "file_delta";
        }
    }

    /**
     * A file operation is complete: a write's size, a patch's number of replacements, a rename's
     * target.
     */
    record FileCompleted(
            String path,
            String operation,
            @Nullable Integer bytes,
            @Nullable Long lines,
            @Nullable Integer replacements,
            @Nullable String to)
            implements GenerationEvent {

        public static FileCompleted of(FileOperation operation) {
            return switch (operation) {
                case FileOperation.WriteFile write ->
                    new FileCompleted(
                            write.path(),
                            write.kind(),
                            write.content().getBytes(StandardCharsets.UTF_8).length,
                            write.content().lines().count(),
                            null,
                            null);
                case FileOperation.PatchFile patch ->
                    new FileCompleted(
                            patch.path(),
                            patch.kind(),
                            null,
                            null,
                            patch.replacements().size(),
                            null);
                case FileOperation.RenameFile rename ->
                    new FileCompleted(rename.path(), rename.kind(), null, null, null, rename.to());
                case FileOperation.DeleteFile delete ->
                    new FileCompleted(delete.path(), delete.kind(), null, null, null, null);
            };
        }

        @Override
        public String event() {
            return "file_completed";
        }
    }

    /** The packages the generated project declares. */
    record DependenciesDeclared(List<DeclaredDependency> dependencies) implements GenerationEvent {

        public static DependenciesDeclared of(List<Dependency> dependencies) {
            return new DependenciesDeclared(dependencies.stream()
                    .map(d -> new DeclaredDependency(d.name(), d.range(), d.dev()))
                    .toList());
        }

        @Override
        public String event() {
            return "dependencies";
        }
    }

    record DeclaredDependency(String name, String range, boolean dev) {}

    /** The generator's summary of what it did. */
    record Summary(String text) implements GenerationEvent {
        @Override
        public String event() {
            return "summary";
        }
    }

    /** The result became the project's version {@code version}. */
    record VersionCreated(int version, int fileCount, long totalBytes) implements GenerationEvent {
        @Override
        public String event() {
            return "version_created";
        }
    }
}
