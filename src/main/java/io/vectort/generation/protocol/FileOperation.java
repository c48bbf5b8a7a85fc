package io.vectort.generation.protocol;

import java.util.List;

/** One staged change to a project's files, as read from the protocol. */
public sealed interface FileOperation {

    /** The path the operation acts on (the source path for a rename). */
    String path();

    /** Protocol name of the operation: {@code write}, {@code patch}, {@code delete} or {@code rename}. */
    String kind();

    /** Create or replace a whole file. */
    record WriteFile(String path, String content) implements FileOperation {
        @Override
        public String kind() {
            return "write";
        }
    }

    /** Edit a file by exact search/replace pairs applied in order. */
    record PatchFile(String path, List<Replacement> replacements) implements FileOperation {
        public PatchFile {
            replacements = List.copyOf(replacements);
        }

        @Override
        public String kind() {
            return "patch";
        }
    }

    /** One search/replace pair; {@code search} must occur exactly once when it is applied. */
    record Replacement(String search, String replace) {}

    record DeleteFile(String path) implements FileOperation {
        @Override
        public String kind() {
            return "delete";
        }
    }

    record RenameFile(String path, String to) implements FileOperation {
        @Override
        public String kind() {
            return "rename";
        }
    }
}
