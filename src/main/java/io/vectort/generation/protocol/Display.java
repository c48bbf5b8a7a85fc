package io.vectort.generation.protocol;

/** Renders generated text inside error messages: quoted, shortened, with invisible characters made visible. */
final class Display {

    private static final int MAX_CHARS = 120;

    private Display() {}

    static String quote(CharSequence text) {
        StringBuilder out = new StringBuilder("\"");
        int end = Math.min(text.length(), MAX_CHARS);
        if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.FORMAT || Utf8.isUnpairedSurrogate(text, i)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        if (end < text.length()) {
            out.append('…');
        }
        return out.append('"').toString();
    }

    /** A byte count as people read it: {@code 1 MiB}, {@code 512 KiB}, {@code 300 bytes}. */
    static String bytes(long count) {
        if (count >= 1024 * 1024 && count % (1024 * 1024) == 0) {
            return count / (1024 * 1024) + " MiB";
        }
        if (count >= 1024 && count % 1024 == 0) {
            return count / 1024 + " KiB";
        }
        return count + " bytes";
    }
}
