package io.vectort.generation.protocol;

/** Builds the {@code malformed_output} violation: text that is not in the protocol's format. */
final class Malformed {

    private Malformed() {}

    static ProtocolViolationException of(String message) {
        return new ProtocolViolationException("malformed_output", message);
    }
}
