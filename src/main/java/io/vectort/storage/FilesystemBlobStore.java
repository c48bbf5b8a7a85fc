package io.vectort.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Blobs as files under one root directory, the key being the relative path. Writes go to a temp
 * file in the target directory and are then renamed over the target, so readers never see half a
 * file. Temp files start with {@code .tmp-} and are never listed.
 */
public final class FilesystemBlobStore implements BlobStore {

    private static final String TEMP_PREFIX = ".tmp-";

    private final Path root;

    public FilesystemBlobStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void put(String key, byte[] bytes, String contentType) {
        Path target = resolve(BlobKeys.key(key));
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), TEMP_PREFIX, ".part");
            try {
                Files.write(temp, bytes);
                move(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new StorageUnavailableException(e);
        }
    }

    @Override
    public Optional<InputStream> get(String key) {
        Path file = resolve(BlobKeys.key(key));
        try {
            return Optional.of(Files.newInputStream(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            if (Files.isDirectory(file)) {
                return Optional.empty();
            }
            throw new StorageUnavailableException(e);
        }
    }

    @Override
    public Optional<Long> size(String key) {
        Path file = resolve(BlobKeys.key(key));
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.size(file)) : Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new StorageUnavailableException(e);
        }
    }

    @Override
    public List<String> list(String prefix) {
        String checked = BlobKeys.prefix(prefix);
        // Walk the deepest directory the prefix names fully, then filter by the whole prefix.
        int slash = checked.lastIndexOf('/');
        Path start = slash < 0 ? root : resolve(checked.substring(0, slash));
        if (!Files.isDirectory(start)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(start)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith(TEMP_PREFIX))
                    .map(this::keyOf)
                    .filter(key -> key.startsWith(checked))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new StorageUnavailableException(e);
        }
    }

    @Override
    public void deleteAll(String prefix) {
        String checked = BlobKeys.prefix(prefix);
        if (checked.endsWith("/")) {
            deleteTree(resolve(checked.substring(0, checked.length() - 1)));
            return;
        }
        // A prefix that is not a whole directory ("users/1/pro") deletes matching files only.
        List<String> keys = list(checked);
        try {
            for (String key : keys) {
                Files.deleteIfExists(resolve(key));
            }
        } catch (IOException e) {
            throw new StorageUnavailableException(e);
        }
        Path exact = resolve(checked);
        if (Files.isDirectory(exact)) {
            deleteTree(exact);
        }
    }

    @Override
    public Optional<DownloadLink> downloadLink(String key, Duration ttl, String fileName) {
        BlobKeys.key(key);
        return Optional.empty();
    }

    private void deleteTree(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    if (e != null) {
                        throw e;
                    }
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (NoSuchFileException e) {
            // Deleted concurrently: the goal is reached.
        } catch (IOException e) {
            throw new StorageUnavailableException(e);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Same directory, so only exotic file systems get here; a plain replace is the best left.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Path resolve(String checkedKey) {
        Path path = root.resolve(checkedKey).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("Blob key escapes the store: " + checkedKey);
        }
        return path;
    }

    private String keyOf(Path file) {
        List<String> segments = new ArrayList<>();
        root.relativize(file).forEach(segment -> segments.add(segment.toString()));
        return String.join("/", segments);
    }
}
