package io.vectort.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every {@link BlobStore} does; each implementation's test extends this class. */
abstract class BlobStoreContract {

    protected BlobStore store;
    /** A fresh root per test, so that tests sharing one bucket never see each other's keys. */
    protected String base;

    protected abstract BlobStore createStore() throws Exception;

    @BeforeEach
    void setUpStore() throws Exception {
        store = createStore();
        base = "t-" + UUID.randomUUID() + "/";
    }

    @Test
    void storesAndReturnsBinaryBytes() throws IOException {
        byte[] bytes = new byte[70_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        store.put(base + "a/b.zip", bytes, "application/zip");

        assertThat(read(base + "a/b.zip")).contains(bytes);
        assertThat(store.size(base + "a/b.zip")).contains((long) bytes.length);
        assertThat(store.exists(base + "a/b.zip")).isTrue();
    }

    @Test
    void overwritesAnExistingKey() throws IOException {
        store.put(base + "k", new byte[] {1, 2, 3}, "application/octet-stream");
        store.put(base + "k", new byte[] {9}, "application/octet-stream");

        assertThat(read(base + "k")).contains(new byte[] {9});
        assertThat(store.list(base)).containsExactly(base + "k");
    }

    @Test
    void aMissingKeyIsEmpty() throws IOException {
        assertThat(read(base + "missing.zip")).isEmpty();
        assertThat(store.size(base + "missing.zip")).isEmpty();
        assertThat(store.exists(base + "missing.zip")).isFalse();
    }

    @Test
    void listsKeysUnderAPrefixSorted() {
        store.put(base + "p/2.txt", new byte[] {2}, "text/plain");
        store.put(base + "p/1.txt", new byte[] {1}, "text/plain");
        store.put(base + "p/deep/3.txt", new byte[] {3}, "text/plain");
        store.put(base + "q/4.txt", new byte[] {4}, "text/plain");

        assertThat(store.list(base + "p/")).containsExactly(base + "p/1.txt", base + "p/2.txt", base + "p/deep/3.txt");
        assertThat(store.list(base + "nothing/")).isEmpty();
    }

    @Test
    void deleteAllRemovesExactlyThatPrefix() throws IOException {
        store.put(base + "users/1/projects/a/v1.zip", new byte[] {1}, "application/zip");
        store.put(base + "users/1/projects/a/latest.zip", new byte[] {1}, "application/zip");
        store.put(base + "users/1/projects/ab/v1.zip", new byte[] {2}, "application/zip");
        store.put(base + "users/10/projects/a/v1.zip", new byte[] {3}, "application/zip");

        store.deleteAll(base + "users/1/projects/a/");

        assertThat(store.list(base))
                .containsExactly(base + "users/1/projects/ab/v1.zip", base + "users/10/projects/a/v1.zip");
        assertThat(read(base + "users/1/projects/a/v1.zip")).isEmpty();
        store.deleteAll(base + "users/1/projects/a/");
    }

    @Test
    void deleteAllRemovesMoreThanOneBatch() {
        int count = 1_005;
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            keys.add(base + "many/" + i);
        }
        putAll(keys);

        store.deleteAll(base + "many/");

        assertThat(store.list(base)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../escape", "a/../../b", "/absolute", "a\\b", "a//b", "a/./b", "", "trailing/", "c:/x"})
    void refusesUnsafeKeys(String key) {
        assertThatThrownBy(() -> store.put(key, new byte[] {1}, "text/plain"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.get(key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.deleteAll(key.endsWith("/") ? "../" : key))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesToDeleteEverything() {
        assertThatThrownBy(() -> store.deleteAll("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.deleteAll("/")).isInstanceOf(IllegalArgumentException.class);
    }

    /** Puts many small objects; implementations may override to do it faster. */
    protected void putAll(List<String> keys) {
        keys.forEach(key -> store.put(key, new byte[] {7}, "application/octet-stream"));
    }

    protected Optional<byte[]> read(String key) throws IOException {
        Optional<InputStream> content = store.get(key);
        if (content.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = content.get()) {
            return Optional.of(in.readAllBytes());
        }
    }

    protected static Duration anHour() {
        return Duration.ofHours(1);
    }
}
