package io.vectort.cache;

/** What a cached response answers: a Builder generation or a {@code /v1/chat/completions} call. */
public enum CacheType {
    BUILDER("builder"),
    CHAT("chat");

    private final String tag;

    CacheType(String tag) {
        this.tag = tag;
    }

    /** The lowercase name used in keys, tables and metric tags. */
    public String tag() {
        return tag;
    }

    static CacheType fromTag(String tag) {
        for (CacheType type : values()) {
            if (type.tag.equals(tag)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown cache type " + tag);
    }
}
