package io.vectort.generation.protocol;

import java.util.List;

/**
 * Follows a parse as the text streams in, for live progress. Callbacks run on the thread that calls
 * {@link ProtocolParser#feed}; nothing they receive is committed until the parse ends successfully.
 * Every method does nothing by default.
 */
public interface ProtocolListener {

    /** A listener that ignores everything. */
    ProtocolListener NONE = new ProtocolListener() {};

    /**
     * An operation's opening tag was read and its path is safe.
     *
     * @param path the file written, patched or deleted, or the source of a rename
     * @param kind {@code write}, {@code patch}, {@code delete} or {@code rename}
     */
    default void fileStarted(String path, String kind) {}

    /**
     * More content of a {@code vt-file} block, in pieces of any size (a piece may end mid-line).
     * Concatenated, the pieces of one block are the file's final content: a Markdown fence on the first
     * line and a closing fence on a later line are held back, and are never sent when they turn out to
     * be stripped. Only when the first line is a fence and the last is not does the final content keep
     * that first line without it having been sent.
     */
    default void fileContent(String path, String text) {}

    /** An operation is complete and staged; for a write, {@code op} carries the final content. */
    default void fileCompleted(FileOperation op) {}

    /** Text outside blocks, meant for the user, verbatim and in pieces of any size. */
    default void narrative(String text) {}

    /** The content of a {@code vt-summary} block, stripped. */
    default void summary(String text) {}

    /** The packages of one {@code vt-dependencies} block. */
    default void dependencies(List<Dependency> dependencies) {}

    /** The end marker arrived: the output is complete and later text is ignored. */
    default void ended() {}
}
