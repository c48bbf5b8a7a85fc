package io.vectort.generation.generator;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * @param id stable identifier, also the {@code provider} metric label ({@code offline-starter})
 * @param kind {@value #STARTER} for the deterministic offline generator, {@value #AI} for AI models
 * @param label what the UI shows ({@code Offline starter (not AI)})
 */
public record GeneratorIdentity(String id, String kind, String label) {

    public static final String STARTER = "starter";
    public static final String AI = "llm";

    @JsonIgnore
    public boolean isStarter() {
        return kind.equals(STARTER);
    }

    @JsonIgnore
    public boolean isAi() {
        return kind.equals(AI);
    }
}
