package io.vectort.providers;

/**
 * Tokens a call consumed.
 *
 * @param estimated true when counted locally (the provider reported nothing, or the stream was cut)
 */
public record Usage(long inputTokens, long outputTokens, boolean estimated) {

    public static final Usage NONE = new Usage(0, 0, true);

    public long totalTokens() {
        return inputTokens + outputTokens;
    }
}
