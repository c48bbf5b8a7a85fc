package io.vectort.generation.llm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What of the current project a follow-up prompt sends: the full file list, and the contents of the
 * files most likely to matter — those the request names and what they import, then those closest
 * in meaning, then the entry points, then the smallest — within a character budget.
 */
final class FollowUpContext {

    private static final List<String> ENTRY_POINTS = List.of(
            "package.json",
            "index.html",
            "src/App.jsx",
            "src/App.vue",
            "src/main.jsx",
            "src/main.js",
            "src/app.js",
            "app.js",
            "styles.css",
            "src/styles.css");

    private FollowUpContext() {}

    /**
     * @param similar paths whose content is close in meaning to the request, the closest first
     *     ({@link FileSimilarity}); they come after the files the request names
     */
    static String describe(Map<String, String> files, String request, int budgetChars, List<String> similar) {
        StringBuilder out = new StringBuilder("Files of the project:\n");
        files.forEach((path, content) -> out.append("- ")
                .append(path)
                .append(" (")
                .append(content.length())
                .append(" characters)\n"));
        List<String> chosen = new ArrayList<>();
        int used = 0;
        for (String path : ranked(files, request, similar)) {
            int size = files.get(path).length();
            if (used + size > budgetChars) {
                continue;
            }
            chosen.add(path);
            used += size;
        }
        out.append("\nContents of the files most relevant to the request");
        out.append(chosen.size() < files.size() ? " (other files are not shown; do not patch them):\n" : ":\n");
        for (String path : chosen) {
            out.append("\n<vt-file path=\"").append(path).append("\">\n").append(files.get(path));
            if (!files.get(path).endsWith("\n")) {
                out.append('\n');
            }
            out.append("</vt-file>\n");
        }
        return out.toString();
    }

    /**
     * The files the request names, then the files they import (and those import), then the files
     * closest in meaning and what they import, then the entry points and what they import, then
     * the rest, smallest first.
     */
    private static List<String> ranked(Map<String, String> files, String request, List<String> similar) {
        String lower = request.toLowerCase(Locale.ROOT);
        List<String> named = new ArrayList<>();
        List<String> entries = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (String path : files.keySet()) {
            String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
            if (lower.contains(path.toLowerCase(Locale.ROOT)) || (stem.length() > 3 && lower.contains(stem))) {
                named.add(path);
            } else if (ENTRY_POINTS.contains(path)) {
                entries.add(path);
            } else {
                rest.add(path);
            }
        }
        rest.sort((a, b) -> Integer.compare(files.get(a).length(), files.get(b).length()));
        Set<String> ranked = new LinkedHashSet<>();
        withImports(named, files, ranked);
        withImports(similar.stream().filter(files::containsKey).toList(), files, ranked);
        withImports(entries, files, ranked);
        ranked.addAll(rest);
        return new ArrayList<>(ranked);
    }

    /** Adds each of {@code paths} followed by what it imports, two levels deep. */
    private static void withImports(List<String> paths, Map<String, String> files, Set<String> ranked) {
        for (String path : paths) {
            ranked.add(path);
            for (String imported : LocalImports.of(path, files)) {
                ranked.add(imported);
                ranked.addAll(LocalImports.of(imported, files));
            }
        }
    }
}
