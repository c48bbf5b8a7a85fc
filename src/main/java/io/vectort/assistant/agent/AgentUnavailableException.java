package io.vectort.assistant.agent;

/**
 * The agent could not take a single step — every provider failed, or the user's credits do not
 * cover a call — and did nothing; the caller answers with the fixed rules instead.
 */
public class AgentUnavailableException extends RuntimeException {

    private final String reason;

    AgentUnavailableException(String reason, Throwable cause) {
        super(reason, cause);
        this.reason = reason;
    }

    /** {@code provider} or {@code credits}. */
    public String reason() {
        return reason;
    }
}
