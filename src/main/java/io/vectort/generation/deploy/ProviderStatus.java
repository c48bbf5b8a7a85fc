package io.vectort.generation.deploy;

import java.util.List;
import java.util.Optional;

/**
 * A host's answer to "where does the deployment stand?".
 *
 * @param state building (keep polling), ready or failed
 * @param url the public URL, when ready
 * @param message the host's words on a failure
 * @param logLines the host's build log, when it gives one
 */
public record ProviderStatus(State state, Optional<String> url, Optional<String> message, List<String> logLines) {

    public enum State {
        BUILDING,
        READY,
        FAILED
    }

    public static ProviderStatus building() {
        return new ProviderStatus(State.BUILDING, Optional.empty(), Optional.empty(), List.of());
    }

    public static ProviderStatus ready(String url) {
        return new ProviderStatus(State.READY, Optional.of(url), Optional.empty(), List.of());
    }

    public static ProviderStatus failed(String message, List<String> logLines) {
        return new ProviderStatus(State.FAILED, Optional.empty(), Optional.of(message), List.copyOf(logLines));
    }
}
