package io.vectort.storage;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Stores byte objects under keys such as {@code users/u/projects/p/versions/v1.zip}.
 *
 * <p>Keys are relative, slash-separated paths: no empty, {@code .} or {@code ..} segments, no
 * leading slash, no backslash, no control characters; anything else is refused with an {@link
 * IllegalArgumentException} before any I/O. A store that cannot be reached throws {@link
 * StorageUnavailableException}. A {@code put} is atomic: readers see the old object or the new
 * one, never a part.
 */
public interface BlobStore {

    /** Stores {@code bytes} under {@code key}, replacing any previous object. */
    void put(String key, byte[] bytes, String contentType);

    /** The object's content, to be closed by the caller; empty if there is none. */
    Optional<InputStream> get(String key);

    /** The object's size in bytes; empty if there is none. */
    Optional<Long> size(String key);

    default boolean exists(String key) {
        return size(key).isPresent();
    }

    /** Every key under {@code prefix} (which may end with {@code /}), sorted. */
    List<String> list(String prefix);

    /** Deletes every key under {@code prefix}; a missing prefix is not an error. */
    void deleteAll(String prefix);

    /**
     * A URL a browser can fetch without credentials for {@code ttl}, answering the object as an
     * attachment named {@code fileName}; empty when the store cannot sign URLs (the filesystem),
     * in which case the application serves the object itself.
     */
    Optional<DownloadLink> downloadLink(String key, Duration ttl, String fileName);
}
