package io.vectort.assistant.memory;

import java.util.Locale;

/** How a memory came to be: the user asked ("remember …") or the model extracted it from a message. */
public enum MemorySource {
    EXPLICIT,
    EXTRACTED;

    /** The value stored in the database and shown by the API. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    static MemorySource fromTag(String tag) {
        return valueOf(tag.toUpperCase(Locale.ROOT));
    }
}
