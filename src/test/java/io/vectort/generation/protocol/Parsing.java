package io.vectort.generation.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Shorthands for parser tests. */
final class Parsing {

    private Parsing() {}

    static ParsedOutput parse(String text) {
        return parse(text, ProtocolLimits.DEFAULTS);
    }

    static ParsedOutput parse(String text, ProtocolLimits limits) {
        ProtocolParser parser = new ProtocolParser(limits, ProtocolListener.NONE);
        parser.feed(text);
        return parser.finish();
    }

    /** The violation {@code call} throws; fails the test when it throws nothing or something else. */
    static ProtocolViolationException violation(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(ProtocolViolationException.class);
        return (ProtocolViolationException) thrown;
    }

    /** The violation that parsing {@code text} to the end throws. */
    static ProtocolViolationException violationParsing(String text) {
        return violation(() -> parse(text));
    }
}
