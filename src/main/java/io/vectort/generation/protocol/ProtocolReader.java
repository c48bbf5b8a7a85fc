package io.vectort.generation.protocol;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the lines of a generation output mean: narrative, tags, block content. Stages operations and
 * tells the listener as it goes; {@link ProtocolParser} feeds it through a {@link LineSplitter}.
 */
final class ProtocolReader implements LineSplitter.Handler {

    /** A tag is short; a longer line that still may be one is refused instead of buffered. */
    static final int MAX_TAG_LINE_CHARS = 4096;

    private enum Mode {
        NARRATIVE,
        BLOCK,
        PATCH,
        ENDED
    }

    private final ProtocolLimits limits;
    private final ProtocolListener listener;
    private final StagedOutput staged;

    private Mode mode = Mode.NARRATIVE;
    private @Nullable Block block;
    private @Nullable PatchInProgress patch;

    ProtocolReader(ProtocolLimits limits, ProtocolListener listener) {
        this.limits = limits;
        this.listener = listener;
        this.staged = new StagedOutput(limits);
    }

    @Override
    public boolean maySignify(PartialLine start) {
        return switch (mode) {
            case NARRATIVE -> start.mayStartWith("<vt-") || start.mayStartWith("</vt-");
            case BLOCK -> currentBlock().maySignify(start);
            case PATCH, ENDED -> true; // between pairs every line must be one of the patch's tags
        };
    }

    @Override
    public void stillUndecided(PartialLine start) {
        if (mode == Mode.BLOCK) {
            currentBlock().requireRoomFor(start.bytes());
        } else if (start.length() > MAX_TAG_LINE_CHARS) {
            throw Malformed.of("A line outside file blocks that starts like a tag is longer than " + MAX_TAG_LINE_CHARS
                    + " characters");
        }
    }

    @Override
    public void plain(CharSequence piece) {
        if (mode == Mode.BLOCK) {
            currentBlock().appendPlain(piece);
        } else if (!piece.isEmpty()) {
            listener.narrative(piece.toString());
        }
    }

    @Override
    public void endOfPlainLine() {
        if (mode == Mode.BLOCK) {
            currentBlock().endPlainLine();
        }
    }

    @Override
    public void line(String whole) {
        switch (mode) {
            case NARRATIVE -> narrativeLine(whole);
            case BLOCK -> blockLine(whole);
            case PATCH -> patchLine(whole);
            case ENDED -> {}
        }
    }

    @Override
    public boolean stopped() {
        return mode == Mode.ENDED;
    }

    /** The output so far, which must be complete. */
    ParsedOutput output() {
        if (mode != Mode.ENDED) {
            throw new ProtocolViolationException("incomplete_output", incompleteMessage());
        }
        return staged.toParsedOutput();
    }

    private void narrativeLine(String whole) {
        String stripped = whole.strip();
        if (!TagLine.looksLikeTag(stripped)) {
            if (!whole.isEmpty()) {
                listener.narrative(whole);
            }
            return;
        }
        TagLine tag = TagLine.parse(stripped);
        if (tag.closing()) {
            throw Malformed.of("The closing tag " + tag.text() + " has no opening tag");
        }
        switch (tag.name()) {
            case "vt-file" -> startFile(safePath(tag.require(Set.of("path"), false), "path"));
            case "vt-patch" -> startPatch(safePath(tag.require(Set.of("path"), false), "path"));
            case "vt-delete" -> delete(safePath(tag.require(Set.of("path"), true), "path"));
            case "vt-rename" -> rename(tag.require(Set.of("from", "to"), true));
            case "vt-dependencies" -> openBlock(Block.of(Block.Kind.DEPENDENCIES, limits), tag);
            case "vt-summary" -> openBlock(Block.of(Block.Kind.SUMMARY, limits), tag);
            case "vt-end" -> {
                tag.require(Set.of(), true);
                mode = Mode.ENDED;
                listener.ended();
            }
            case "vt-search", "vt-replace" ->
                throw Malformed.of("The tag " + tag.text() + " is only allowed inside a <vt-patch> block");
            default -> throw Malformed.of("Unknown tag " + Display.quote(tag.text()));
        }
    }

    private static String safePath(TagLine tag, String attribute) {
        return PathPolicy.requireSafe(tag.attribute(attribute));
    }

    private void startFile(String path) {
        staged.startWrite(path);
        listener.fileStarted(path, "write");
        block = Block.file(path, limits, listener);
        mode = Mode.BLOCK;
    }

    private void startPatch(String path) {
        listener.fileStarted(path, "patch");
        patch = new PatchInProgress(path);
        mode = Mode.PATCH;
    }

    private void delete(String path) {
        listener.fileStarted(path, "delete");
        complete(new FileOperation.DeleteFile(path));
    }

    private void rename(TagLine tag) {
        String from = safePath(tag, "from");
        String to = safePath(tag, "to");
        listener.fileStarted(from, "rename");
        complete(new FileOperation.RenameFile(from, to));
    }

    private void openBlock(Block opened, TagLine tag) {
        tag.require(Set.of(), false);
        block = opened;
        mode = Mode.BLOCK;
    }

    private void complete(FileOperation operation) {
        staged.add(operation);
        listener.fileCompleted(operation);
    }

    private void blockLine(String whole) {
        Block current = currentBlock();
        if (!current.isClosedBy(whole)) {
            current.appendLine(whole);
            return;
        }
        String content = current.close();
        block = null;
        mode = Mode.NARRATIVE;
        switch (current.kind()) {
            case FILE -> complete(new FileOperation.WriteFile(current.path(), content));
            case SEARCH -> {
                currentPatch().search(content);
                mode = Mode.PATCH;
            }
            case REPLACE -> {
                currentPatch().replacement(content);
                mode = Mode.PATCH;
            }
            case DEPENDENCIES -> {
                List<Dependency> dependencies = DependencyLines.parse(content);
                staged.addDependencies(dependencies);
                listener.dependencies(dependencies);
            }
            case SUMMARY -> {
                staged.summary(content.strip());
                listener.summary(content.strip());
            }
        }
    }

    /** Inside a patch, between pairs: only the patch's own tags, and blank lines. */
    private void patchLine(String whole) {
        String stripped = whole.strip();
        if (stripped.isEmpty()) {
            return;
        }
        PatchInProgress current = currentPatch();
        TagLine tag = TagLine.looksLikeTag(stripped) ? TagLine.parse(stripped) : null;
        boolean awaitingReplacement = current.awaitingReplacement();
        if (tag != null && !awaitingReplacement && tag.opens("vt-search")) {
            openBlock(Block.search(current.path(), limits), tag);
        } else if (tag != null && awaitingReplacement && tag.opens("vt-replace")) {
            openBlock(Block.replace(current.path(), current.search(), limits), tag);
        } else if (tag != null && tag.closes("vt-patch")) {
            FileOperation.PatchFile operation = current.close();
            patch = null;
            mode = Mode.NARRATIVE;
            complete(operation);
        } else {
            String expected = awaitingReplacement ? "<vt-replace>" : "<vt-search> or </vt-patch>";
            throw Malformed.of("Inside <vt-patch path=\"" + current.path() + "\"> the line " + Display.quote(stripped)
                    + " is not allowed: expected " + expected);
        }
    }

    private String incompleteMessage() {
        String where = switch (mode) {
            case BLOCK ->
                " inside " + currentBlock().describe() + ", before "
                        + currentBlock().closingTag();
            case PATCH -> " inside the patch of " + Display.quote(currentPatch().path()) + ", before </vt-patch>";
            case NARRATIVE, ENDED -> "";
        };
        return "The output stopped" + where + " without the end marker <vt-end/>";
    }

    private Block currentBlock() {
        return Optional.ofNullable(block).orElseThrow();
    }

    private PatchInProgress currentPatch() {
        return Optional.ofNullable(patch).orElseThrow();
    }
}
