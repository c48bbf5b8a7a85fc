package io.vectort.generation.protocol;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Applies a parsed output to a project's files, producing the files of the next version. Pure: the
 * base map is never modified, and a violation leaves nothing half-applied for the caller to see.
 */
public final class ProjectFiles {

    private ProjectFiles() {}

    /**
     * Applies {@code output}'s operations in order to a copy of {@code base} (path to UTF-8 text),
     * merges its dependencies into {@code package.json} when the result has one, and checks the
     * result against {@code limits}.
     *
     * @throws ProtocolViolationException {@code file_not_found}, {@code file_exists},
     *     {@code patch_not_applicable}, {@code unsafe_path}, {@code malformed_output} (an unreadable
     *     {@code package.json}), {@code file_too_large}, {@code too_many_files} or
     *     {@code project_too_large}
     */
    public static SortedMap<String, String> apply(
            Map<String, String> base, ParsedOutput output, ProtocolLimits limits) {
        TreeMap<String, String> files = new TreeMap<>(base);
        for (FileOperation operation : output.operations()) {
            apply(files, operation);
        }
        String packageJson = files.get(PackageJson.PATH);
        if (packageJson != null && !output.dependencies().isEmpty()) {
            PackageJson.withDependencies(packageJson, output.dependencies())
                    .ifPresent(merged -> files.put(PackageJson.PATH, merged));
        }
        ProjectRules.check(files, limits);
        return Collections.unmodifiableSortedMap(files);
    }

    private static void apply(TreeMap<String, String> files, FileOperation operation) {
        String path = PathPolicy.requireSafe(operation.path());
        switch (operation) {
            case FileOperation.WriteFile write -> files.put(path, write.content());
            case FileOperation.PatchFile patch ->
                files.put(path, Patches.apply(path, existing(files, path, "patch"), patch));
            case FileOperation.DeleteFile delete -> {
                existing(files, path, "delete");
                files.remove(path);
            }
            case FileOperation.RenameFile rename -> {
                String to = PathPolicy.requireSafe(rename.to());
                String content = existing(files, path, "rename");
                if (files.containsKey(to)) {
                    throw new ProtocolViolationException(
                            "file_exists",
                            "Cannot rename " + Display.quote(path) + " to " + Display.quote(to) + ": "
                                    + Display.quote(to) + " already exists");
                }
                files.remove(path);
                files.put(to, content);
            }
        }
    }

    private static String existing(Map<String, String> files, String path, String verb) {
        String content = files.get(path);
        if (content == null) {
            throw new ProtocolViolationException(
                    "file_not_found", "Cannot " + verb + " " + Display.quote(path) + ": the project has no such file");
        }
        return content;
    }
}
