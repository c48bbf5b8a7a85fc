package io.vectort.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilesystemBlobStoreTest extends BlobStoreContract {

    @TempDir
    Path root;

    @Override
    protected BlobStore createStore() {
        return new FilesystemBlobStore(root);
    }

    @Test
    void keepsBlobsAsFilesUnderTheRoot() throws IOException {
        store.put(base + "users/u/projects/p/versions/v1.zip", new byte[] {1, 2}, "application/zip");

        assertThat(root.resolve(base + "users/u/projects/p/versions/v1.zip")).hasBinaryContent(new byte[] {1, 2});
    }

    @Test
    void leavesNoTempFilesBehind() throws IOException {
        store.put(base + "a/k", new byte[] {1}, "text/plain");
        store.put(base + "a/k", new byte[] {2}, "text/plain");

        try (Stream<Path> files = Files.list(root.resolve(base + "a"))) {
            assertThat(files).extracting(file -> file.getFileName().toString()).containsExactly("k");
        }
    }

    @Test
    void deleteAllRemovesTheDirectoryTree() {
        store.put(base + "users/u/projects/p/versions/v1.zip", new byte[] {1}, "application/zip");

        store.deleteAll(base + "users/u/projects/p/");

        assertThat(root.resolve(base + "users/u/projects/p")).doesNotExist();
        assertThat(root.resolve(base + "users/u/projects")).isDirectory();
    }

    @Test
    void hasNoDownloadLinks() {
        store.put(base + "k.zip", new byte[] {1}, "application/zip");

        assertThat(store.downloadLink(base + "k.zip", anHour(), "k.zip")).isEmpty();
    }
}
