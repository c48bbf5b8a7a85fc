package io.vectort.generation.protocol;

import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * An open block and its verbatim content so far: everything after the opening-tag line up to the line
 * that is exactly the closing tag. A {@code vt-file} block also streams its content to the listener as
 * it arrives, and file bodies and patch replacements are checked for placeholders line by line.
 */
final class Block {

    enum Kind {
        FILE("vt-file"),
        SEARCH("vt-search"),
        REPLACE("vt-replace"),
        DEPENDENCIES("vt-dependencies"),
        SUMMARY("vt-summary");

        final String tag;

        Kind(String tag) {
            this.tag = tag;
        }
    }

    private final Kind kind;
    private final String path;
    private final long maxBytes;
    private final ProtocolListener listener;
    /** Stripped lines of the search text: a replacement may carry them over even if they look like placeholders. */
    private final Set<String> carriedLines;

    private final StringBuilder content = new StringBuilder();
    private long bytes;
    private int completeLines;
    private int lineStart;
    private boolean openedWithFence;
    private @Nullable String heldClosingFence;

    private Block(Kind kind, String path, long maxBytes, ProtocolListener listener, Set<String> carriedLines) {
        this.kind = kind;
        this.path = path;
        this.maxBytes = maxBytes;
        this.listener = listener;
        this.carriedLines = carriedLines;
    }

    static Block file(String path, ProtocolLimits limits, ProtocolListener listener) {
        return new Block(Kind.FILE, path, limits.maxFileBytes(), listener, Set.of());
    }

    static Block search(String path, ProtocolLimits limits) {
        return new Block(Kind.SEARCH, path, limits.maxFileBytes(), ProtocolListener.NONE, Set.of());
    }

    static Block replace(String path, String search, ProtocolLimits limits) {
        Set<String> carried = search.lines().map(String::strip).collect(Collectors.toUnmodifiableSet());
        return new Block(Kind.REPLACE, path, limits.maxFileBytes(), ProtocolListener.NONE, carried);
    }

    static Block of(Kind kind, ProtocolLimits limits) {
        return new Block(kind, "", limits.maxFileBytes(), ProtocolListener.NONE, Set.of());
    }

    Kind kind() {
        return kind;
    }

    /** The file this block belongs to; empty for {@code vt-dependencies} and {@code vt-summary}. */
    String path() {
        return path;
    }

    String closingTag() {
        return "</" + kind.tag + ">";
    }

    boolean isClosedBy(String line) {
        return line.strip().equals(closingTag());
    }

    /**
     * True while {@code line} may still be this block's closing tag or a fence line that must be held
     * back from the listener; otherwise its characters can be passed on before the line ends.
     */
    boolean maySignify(PartialLine line) {
        if (line.mayBecome(closingTag())) {
            return true;
        }
        if (kind != Kind.FILE) {
            return false;
        }
        return completeLines == 0 ? line.mayStartWith(Fences.FENCE) : openedWithFence && line.mayBecome(Fences.FENCE);
    }

    /** Fails as soon as the content and the undecided rest of the current line exceed the limit. */
    void requireRoomFor(long pendingBytes) {
        if (bytes + pendingBytes > maxBytes) {
            throw new ProtocolViolationException(
                    kind == Kind.DEPENDENCIES || kind == Kind.SUMMARY ? "malformed_output" : "file_too_large",
                    capitalized(describe()) + " is larger than the limit of " + Display.bytes(maxBytes));
        }
    }

    /** Part of a line known to be plain content. */
    void appendPlain(CharSequence piece) {
        append(piece);
        if (kind == Kind.FILE) {
            emit(piece);
        }
    }

    /** The current line, passed on piece by piece with {@link #appendPlain}, has ended. */
    void endPlainLine() {
        completeLines++;
        String line = content.substring(lineStart);
        lineStart = content.length();
        if ((kind == Kind.FILE || kind == Kind.REPLACE)
                && !carriedLines.contains(line.strip())
                && PlaceholderDetector.isPlaceholder(line)) {
            throw new ProtocolViolationException(
                    "placeholder",
                    capitalized(describe()) + ", line " + completeLines + ", holds the placeholder "
                            + Display.quote(line.strip())
                            + ": it stands for code instead of containing it; write the code in full");
        }
    }

    /** A whole line that stayed undecided until its end: it may be a fence. */
    void appendLine(String line) {
        append(line);
        if (kind == Kind.FILE) {
            if (completeLines == 0 && Fences.isOpening(line)) {
                openedWithFence = true; // held back for good: dropped, or (unclosed) only in the final content
            } else if (openedWithFence && Fences.isClosing(line)) {
                flushHeldFence();
                heldClosingFence = line; // dropped if it turns out to be the last line
            } else {
                emit(line);
            }
        }
        endPlainLine();
    }

    /** The content, fences stripped for a {@code vt-file}. */
    String close() {
        String text = content.toString();
        return kind == Kind.FILE ? Fences.strip(text) : text;
    }

    /** What this block is, for messages: {@code the file "src/App.jsx"}. */
    String describe() {
        return switch (kind) {
            case FILE -> "the file " + Display.quote(path);
            case SEARCH -> "a search text for " + Display.quote(path);
            case REPLACE -> "a replacement for " + Display.quote(path);
            case DEPENDENCIES, SUMMARY -> "the <" + kind.tag + "> block";
        };
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private void append(CharSequence piece) {
        long pieceBytes = Utf8.length(piece);
        requireRoomFor(pieceBytes);
        content.append(piece);
        bytes += pieceBytes;
    }

    private void emit(CharSequence piece) {
        flushHeldFence();
        if (!piece.isEmpty()) {
            listener.fileContent(path, piece.toString());
        }
    }

    private void flushHeldFence() {
        if (heldClosingFence != null) {
            listener.fileContent(path, heldClosingFence);
            heldClosingFence = null;
        }
    }
}
