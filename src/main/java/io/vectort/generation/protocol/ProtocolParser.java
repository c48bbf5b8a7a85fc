package io.vectort.generation.protocol;

// TEMPORARY STUB until the protocol branch is merged.
public final class ProtocolParser {
    public ProtocolParser(ProtocolLimits limits, ProtocolListener listener) {}

    public void feed(CharSequence chunk) {
        throw new UnsupportedOperationException();
    }

    public ParsedOutput finish() {
        throw new UnsupportedOperationException();
    }
}
