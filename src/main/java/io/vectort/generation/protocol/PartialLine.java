package io.vectort.generation.protocol;

/**
 * The start of a line whose meaning is not known yet: it may still become a tag or a fence, which are
 * recognised only on a line of their own, with surrounding whitespace ignored. The first and last
 * non-blank positions are kept as characters arrive, so asking "can this still become X?" costs the
 * length of X, not of the line, however the line is split.
 */
final class PartialLine {

    private final StringBuilder text = new StringBuilder();
    private int firstNonBlank = -1;
    private int lastNonBlank = -1;
    private long bytes;

    void append(CharSequence chunk, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = chunk.charAt(i);
            if (!Character.isWhitespace(c)) {
                if (firstNonBlank < 0) {
                    firstNonBlank = text.length();
                }
                lastNonBlank = text.length();
            }
            text.append(c);
            bytes += Utf8.length(c);
        }
    }

    /** True while the line, once complete and stripped, could still equal {@code exact}. */
    boolean mayBecome(String exact) {
        if (firstNonBlank < 0) {
            return true;
        }
        int lead = text.length() - firstNonBlank;
        if (lead <= exact.length()) {
            return matches(exact, lead);
        }
        return matches(exact, exact.length()) && lastNonBlank < firstNonBlank + exact.length();
    }

    /** True while the line, once complete and stripped, could still start with {@code prefix}. */
    boolean mayStartWith(String prefix) {
        if (firstNonBlank < 0) {
            return true;
        }
        return matches(prefix, Math.min(prefix.length(), text.length() - firstNonBlank));
    }

    private boolean matches(String expected, int length) {
        for (int i = 0; i < length; i++) {
            if (text.charAt(firstNonBlank + i) != expected.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    int length() {
        return text.length();
    }

    long bytes() {
        return bytes;
    }

    /** Returns the text so far and starts a new line. */
    String take() {
        String taken = text.toString();
        text.setLength(0);
        firstNonBlank = -1;
        lastNonBlank = -1;
        bytes = 0;
        return taken;
    }
}
