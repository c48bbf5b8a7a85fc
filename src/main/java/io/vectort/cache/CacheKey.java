package io.vectort.cache;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The identity of one cached response.
 *
 * @param scope the owning organisation;
 *     entries are never shared across scopes
 * @param type what the response answers
 * @param hash lowercase hex SHA-256 of the canonical request (see {@link CacheKeys})
 */
public record CacheKey(UUID scope, CacheType type, String hash) {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public CacheKey {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(type, "type");
        if (!SHA256_HEX.matcher(hash).matches()) {
            throw new IllegalArgumentException("hash must be a lowercase hex SHA-256, got " + hash);
        }
    }
}
