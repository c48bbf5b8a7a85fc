package io.vectort.generation.protocol;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a path written by a generator may become a project file. Generated projects are
 * downloaded, unzipped and built on Linux, macOS and Windows, so a path must be harmless on all of
 * them: relative, no traversal, nothing Git would execute, no name Windows reserves.
 */
public final class PathPolicy {

    static final int MAX_LENGTH = 255;

    private static final Set<String> WINDOWS_RESERVED = Set.of(
            "con", "prn", "aux", "nul", "conin$", "conout$", "com1", "com2", "com3", "com4", "com5", "com6", "com7",
            "com8", "com9", "com¹", "com²", "com³", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8",
            "lpt9", "lpt¹", "lpt²", "lpt³");

    /** The 8.3 short names Windows may give {@code .git} ({@code GIT~1}). */
    private static final Pattern GIT_SHORT_NAME = Pattern.compile("(?i)git~\\d+");

    private PathPolicy() {}

    /**
     * Returns {@code path} when it is safe to write.
     *
     * @throws ProtocolViolationException {@code unsafe_path}, naming the path and the rule it breaks
     */
    public static String requireSafe(String path) {
        if (path.isEmpty()) {
            throw unsafe(path, "the path is empty");
        }
        if (path.codePointCount(0, path.length()) > MAX_LENGTH) {
            throw unsafe(path, "paths are at most " + MAX_LENGTH + " characters long");
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (isInvisible(c)) {
                throw unsafe(path, "control and invisible formatting characters are not allowed");
            }
            if (Utf8.isUnpairedSurrogate(path, i)) {
                throw unsafe(path, "it is not valid Unicode text");
            }
        }
        if (path.startsWith("/") || path.startsWith("\\")) {
            throw unsafe(path, "absolute paths are not allowed");
        }
        if (path.indexOf('\\') >= 0) {
            throw unsafe(path, "backslashes are not allowed, separate directories with /");
        }
        if (path.indexOf(':') >= 0) {
            throw unsafe(path, "drive letters and ':' are not allowed");
        }
        if (path.startsWith("~")) {
            throw unsafe(path, "a leading '~' is not allowed");
        }
        if (path.endsWith("/")) {
            throw unsafe(path, "a trailing slash names a directory, not a file");
        }
        for (String segment : path.split("/", -1)) {
            requireSafeSegment(path, segment);
        }
        return path;
    }

    private static void requireSafeSegment(String path, String segment) {
        if (segment.isEmpty()) {
            throw unsafe(path, "empty segments ('//') are not allowed");
        }
        if (segment.equals(".")) {
            throw unsafe(path, "'.' segments are not allowed");
        }
        if (segment.equals("..")) {
            throw unsafe(path, "parent-directory segments are not allowed");
        }
        // Windows drops trailing dots and spaces, so "a." would overwrite "a" and ".git." would be .git.
        if (segment.endsWith(".") || segment.endsWith(" ")) {
            throw unsafe(path, "a name ending with '.' or a space is not allowed");
        }
        String lower = segment.toLowerCase(Locale.ROOT);
        // Case-insensitive: on macOS and Windows ".GIT" is the repository directory.
        if (lower.equals(".git") || GIT_SHORT_NAME.matcher(segment).matches()) {
            throw unsafe(path, "'.git' segments are not allowed");
        }
        int dot = lower.indexOf('.');
        String base = (dot < 0 ? lower : lower.substring(0, dot)).stripTrailing();
        if (WINDOWS_RESERVED.contains(base)) {
            throw unsafe(path, "'" + segment + "' is a reserved device name on Windows");
        }
    }

    /** C0/C1 controls and Unicode format characters (bidi overrides, zero-width) that hide what a name is. */
    private static boolean isInvisible(char c) {
        int type = Character.getType(c);
        return type == Character.CONTROL
                || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    private static ProtocolViolationException unsafe(String path, String rule) {
        return new ProtocolViolationException("unsafe_path", "Unsafe path " + Display.quote(path) + ": " + rule);
    }
}
