package io.vectort.generation.preview;

import java.nio.file.Path;
import java.util.Optional;

/** A file of a preview: stored bytes for static projects, a built file on disk for Vite ones. */
public record PreviewFile(String name, Optional<byte[]> bytes, Optional<Path> path) {

    static PreviewFile inMemory(String name, byte[] bytes) {
        return new PreviewFile(name, Optional.of(bytes), Optional.empty());
    }

    static PreviewFile onDisk(String name, Path path) {
        return new PreviewFile(name, Optional.empty(), Optional.of(path));
    }
}
