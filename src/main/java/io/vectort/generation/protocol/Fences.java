package io.vectort.generation.protocol;

import java.util.regex.Pattern;

/**
 * Markdown fences around a whole file, which LLMs add out of habit. A {@code vt-file} block whose first
 * content line is an opening fence ({@code ```} or {@code ```jsx}) and whose last content line is
 * {@code ```} loses both lines; nothing else is ever changed.
 */
final class Fences {

    static final String FENCE = "```";
    private static final Pattern OPENING = Pattern.compile("```[A-Za-z0-9_+#.-]*");

    private Fences() {}

    /** {@code line} may carry its terminator; surrounding whitespace does not count. */
    static boolean isOpening(CharSequence line) {
        return OPENING.matcher(line.toString().strip()).matches();
    }

    static boolean isClosing(CharSequence line) {
        return line.toString().strip().equals(FENCE);
    }

    static String strip(String content) {
        int firstEnd = content.indexOf('\n');
        if (firstEnd < 0 || firstEnd == content.length() - 1) {
            return content; // fewer than two lines: the first line cannot also be the last
        }
        int lastStart = content.lastIndexOf('\n', content.length() - 2) + 1;
        if (lastStart <= firstEnd
                || !isOpening(content.substring(0, firstEnd))
                || !isClosing(content.substring(lastStart))) {
            return content;
        }
        return content.substring(firstEnd + 1, lastStart);
    }
}
