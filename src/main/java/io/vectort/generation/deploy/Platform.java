package io.vectort.generation.deploy;

import java.util.Locale;
import java.util.Optional;

/** A host Vectort deploys to. The lower-case name is used in the API, the database and metrics. */
public enum Platform {
    VERCEL,
    NETLIFY,
    RENDER;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Platform> parse(String value) {
        for (Platform platform : values()) {
            if (platform.wireName().equals(value)) {
                return Optional.of(platform);
            }
        }
        return Optional.empty();
    }
}
