package io.vectort.generation.protocol;

import java.util.Map;
import java.util.SortedMap;

/** The checks a resulting project must pass before it becomes a version. */
final class ProjectRules {

    private ProjectRules() {}

    static void check(SortedMap<String, String> files, ProtocolLimits limits) {
        long total = 0;
        for (Map.Entry<String, String> file : files.entrySet()) {
            long bytes = Utf8.length(file.getValue());
            if (bytes > limits.maxFileBytes()) {
                throw new ProtocolViolationException(
                        "file_too_large",
                        "The file " + Display.quote(file.getKey()) + " has " + Display.bytes(bytes)
                                + ", more than the limit of " + Display.bytes(limits.maxFileBytes()));
            }
            total += bytes;
            requireNoFileAsDirectory(files, file.getKey());
        }
        if (files.size() > limits.maxFiles()) {
            throw new ProtocolViolationException(
                    "too_many_files",
                    "The project would have " + files.size() + " files, more than the limit of " + limits.maxFiles());
        }
        if (total > limits.maxTotalBytes()) {
            throw new ProtocolViolationException(
                    "project_too_large",
                    "The project would have " + Display.bytes(total) + ", more than the limit of "
                            + Display.bytes(limits.maxTotalBytes()));
        }
    }

    /** "src" and "src/App.jsx" cannot both be files: no file system could hold the project. */
    private static void requireNoFileAsDirectory(SortedMap<String, String> files, String path) {
        for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
            String directory = path.substring(0, slash);
            if (files.containsKey(directory)) {
                throw new ProtocolViolationException(
                        "file_exists",
                        "The file " + Display.quote(directory) + " exists, so " + Display.quote(path)
                                + " cannot be created inside it as a directory");
            }
        }
    }
}
