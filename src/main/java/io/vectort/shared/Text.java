package io.vectort.shared;

/** Small rules about user-supplied text that several modules apply the same way. */
public final class Text {

    private Text() {}

    /**
     * True when the text holds a control character other than tab, line feed and carriage return
     * (NUL, escape sequences, bidi-free C0/C1 controls): such input is refused rather than stored.
     */
    public static boolean hasForbiddenControlCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            if (Character.getType(c) == Character.CONTROL) {
                return true;
            }
        }
        return false;
    }

    /** Trimmed length in code points, so that an emoji counts as one character. */
    public static int lengthInCodePoints(String text) {
        return text.codePointCount(0, text.length());
    }

    /**
     * Where a piece of at most {@code size} characters starting at {@code start} ends, one
     * character further when the cut would fall inside a surrogate pair: text streamed in pieces
     * never carries half a character.
     */
    public static int pieceEnd(CharSequence text, int start, int size) {
        int end = Math.min(text.length(), start + size);
        if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end++;
        }
        return end;
    }
}
