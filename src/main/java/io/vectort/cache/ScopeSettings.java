package io.vectort.cache;

import java.util.OptionalDouble;

/**
 * A scope's cache settings.
 *
 * @param similarPrompts whether Builder requests may be answered with a paraphrase's response
 * @param similarityThreshold the scope's own cosine threshold; empty for the configured default
 */
public record ScopeSettings(boolean similarPrompts, OptionalDouble similarityThreshold) {

    public static final ScopeSettings DEFAULT = new ScopeSettings(false, OptionalDouble.empty());
}
