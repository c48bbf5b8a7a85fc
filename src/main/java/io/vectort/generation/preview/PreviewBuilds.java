package io.vectort.generation.preview;

import io.vectort.generation.verify.ContentHash;
import io.vectort.storage.BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The Vite builds, one per distinct set of files: {@code dist/} when a build succeeded, {@code
 * failed.log} when it failed. Identical versions (a restore) share one. A build is published to
 * the blob store ({@code previews/<hash>/...}, S3 in a cluster) so that any node can serve it;
 * this node's disk keeps what it built or served as a cache.
 */
@Component
class PreviewBuilds {

    private static final Logger log = LoggerFactory.getLogger(PreviewBuilds.class);

    private final Path root;
    private final BlobStore blobs;

    PreviewBuilds(PreviewProperties properties, BlobStore blobs) {
        this.root = properties.dir().toAbsolutePath().normalize();
        this.blobs = blobs;
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
        if (Files.isRegularFile(folder.resolve("failed.log"))) {
            return State.FAILED;
        }
        // index.html is published last: when it is there, the whole build is.
        if (blobs.exists(blobKey(contentHash, "dist/index.html"))) {
            return State.READY;
        }
        return blobs.exists(blobKey(contentHash, "failed.log")) ? State.FAILED : State.ABSENT;
    }

    String failureLog(String contentHash) {
        try {
            return Files.readString(folder(contentHash).resolve("failed.log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return blobs.get(blobKey(contentHash, "failed.log"))
                    .map(PreviewBuilds::readAll)
                    .orElse("The build failed.");
        }
    }

    void forgetFailure(String contentHash) {
        try {
            Files.deleteIfExists(folder(contentHash).resolve("failed.log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        blobs.deleteAll(blobKey(contentHash, "failed.log"));
    }

    /**
     * A built file, or empty when the path is missing or escapes the build folder. A build made by
     * another node is fetched from the blob store into this node's folder on first use.
     */
    Optional<Path> distFile(String contentHash, String path) {
        Path dist = folder(contentHash).resolve("dist").normalize();
        Path file = dist.resolve(path).normalize();
        if (!file.startsWith(dist)) {
            return Optional.empty();
        }
        if (Files.isRegularFile(file)) {
            return Optional.of(file);
        }
        String relative = dist.relativize(file).toString().replace('\\', '/');
        return blobs.get(blobKey(contentHash, "dist/" + relative)).map(content -> cache(file, content));
    }

    /** Makes a build on this node available to every node: its files first, index.html last. */
    void publish(String contentHash) throws IOException {
        Path dist = folder(contentHash).resolve("dist");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dist)) {
            files = walk.filter(Files::isRegularFile)
                    .sorted(Comparator.comparing((Path f) -> f.equals(dist.resolve("index.html"))))
                    .toList();
        }
        for (Path file : files) {
            String relative = dist.relativize(file).toString().replace('\\', '/');
            blobs.put(blobKey(contentHash, "dist/" + relative), Files.readAllBytes(file), "application/octet-stream");
        }
    }

    /**
     * Publishes a build this node has on disk but the blob store lacks (built before builds were
     * shared, or the store was emptied), so the other nodes can serve it too.
     */
    void ensurePublished(String contentHash) {
        Path index = folder(contentHash).resolve("dist").resolve("index.html");
        if (Files.isRegularFile(index) && !blobs.exists(blobKey(contentHash, "dist/index.html"))) {
            try {
                publish(contentHash);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Every file of a ready build by its path in {@code dist/}, from the blob store any node can read. */
    SortedMap<String, byte[]> distFiles(String contentHash) {
        ensurePublished(contentHash);
        String prefix = blobKey(contentHash, "dist/");
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (String key : blobs.list(prefix)) {
            blobs.get(key).ifPresent(content -> {
                try (content) {
                    files.put(key.substring(prefix.length()), content.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return files;
    }

    /** Makes a failed build known to every node, so that none retries it unasked. */
    void publishFailure(String contentHash, String log) {
        blobs.put(blobKey(contentHash, "failed.log"), log.getBytes(StandardCharsets.UTF_8), "text/plain");
    }

    private static String blobKey(String contentHash, String path) {
        return "previews/" + contentHash + "/" + path;
    }

    private static Path cache(Path file, InputStream content) {
        try (content) {
            Files.createDirectories(file.getParent());
            Path draft = Files.createTempFile(file.getParent(), ".fetch", ".part");
            Files.copy(content, draft, StandardCopyOption.REPLACE_EXISTING);
            Files.move(draft, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            log.warn("Could not keep the preview file {} on this node: {}", file, e.toString());
            throw new UncheckedIOException(e);
        }
    }

    private static String readAll(InputStream content) {
        try (content) {
            return new String(content.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "The build failed.";
        }
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

    /** See {@link ContentHash}: builds and checks of the same files share the same name. */
    static String contentHash(Map<String, String> files) {
        return ContentHash.of(files);
    }
}
