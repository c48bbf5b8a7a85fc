package io.vectort.generation.protocol;

/** UTF-8 sizes without encoding: limits are counted on text that may be megabytes long. */
final class Utf8 {

    private Utf8() {}

    /**
     * UTF-8 length of {@code text}. Each surrogate counts two bytes, so a pair counts four whichever
     * chunks its halves arrived in; that keeps streamed counts independent of how the text was split.
     */
    static long length(CharSequence text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            bytes += length(text.charAt(i));
        }
        return bytes;
    }

    static int length(char c) {
        if (c < 0x80) {
            return 1;
        }
        if (c < 0x800 || Character.isSurrogate(c)) {
            return 2;
        }
        return 3;
    }

    /** True when the char at {@code i} is half of a surrogate pair whose other half is missing. */
    static boolean isUnpairedSurrogate(CharSequence text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }
}
