package io.vectort.generation.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * The Vite builds on this node's disk, one folder per distinct set of files: {@code dist/} when a
 * build succeeded, {@code failed.log} when it failed. Identical versions (a restore) share one.
 */
@Component
class PreviewBuilds {

    private final Path root;

    PreviewBuilds(PreviewProperties properties) {
        this.root = properties.dir().toAbsolutePath().normalize();
    }

    enum State {
        READY,
        FAILED,
        ABSENT
    }

    State state(String contentHash) {
        Path folder = folder(contentHash);
        if (Files.isRegularFile(folder.resolve("dist").resolve("index.html"))) {
            return State.READY;
        }
        return Files.isRegularFile(folder.resolve("failed.log")) ? State.FAILED : State.ABSENT;
    }

    String failureLog(String contentHash) {
        try {
            return Files.readString(folder(contentHash).resolve("failed.log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "The build failed.";
        }
    }

    void forgetFailure(String contentHash) {
        try {
            Files.deleteIfExists(folder(contentHash).resolve("failed.log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A built file, or empty when the path is missing or escapes the build folder. */
    Optional<Path> distFile(String contentHash, String path) {
        Path dist = folder(contentHash).resolve("dist").normalize();
        Path file = dist.resolve(path).normalize();
        if (!file.startsWith(dist) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(file);
    }

    Path folder(String contentHash) {
        if (!contentHash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a content hash: " + contentHash);
        }
        return root.resolve(contentHash);
    }

    Path root() {
        return root;
    }

    /** SHA-256 over every path and content, in path order. */
    static String contentHash(Map<String, String> files) {
        SortedMap<String, String> sorted = new TreeMap<>(files);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, String> file : sorted.entrySet()) {
                digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                byte[] content = file.getValue().getBytes(StandardCharsets.UTF_8);
                digest.update(Integer.toString(content.length).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(content);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
