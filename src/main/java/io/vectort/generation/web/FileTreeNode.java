package io.vectort.generation.web;

import io.vectort.generation.version.VersionFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A folder or file in a version's tree; folders first, then files, each sorted by name. */
record FileTreeNode(
        String name,
        String path,
        String type,
        @Nullable Integer size,
        @Nullable List<FileTreeNode> children) {

    static List<FileTreeNode> build(List<VersionFile> files) {
        Folder root = new Folder("", "");
        for (VersionFile file : files) {
            String[] parts = file.path().split("/");
            Folder folder = root;
            for (int i = 0; i < parts.length - 1; i++) {
                String name = parts[i];
                String path = folder.path.isEmpty() ? name : folder.path + "/" + name;
                folder = folder.folders.computeIfAbsent(name, n -> new Folder(n, path));
            }
            folder.files.add(new FileTreeNode(parts[parts.length - 1], file.path(), "file", file.size(), null));
        }
        return root.children();
    }

    private static final class Folder {
        private final String name;
        private final String path;
        private final Map<String, Folder> folders = new LinkedHashMap<>();
        private final List<FileTreeNode> files = new ArrayList<>();

        Folder(String name, String path) {
            this.name = name;
            this.path = path;
        }

        List<FileTreeNode> children() {
            List<FileTreeNode> nodes = new ArrayList<>();
            folders.values().stream()
                    .sorted(Comparator.comparing(f -> f.name))
                    .forEach(f -> nodes.add(new FileTreeNode(f.name, f.path, "directory", null, f.children())));
            files.stream().sorted(Comparator.comparing(FileTreeNode::name)).forEach(nodes::add);
            return nodes;
        }
    }
}
