package io.vectort.generation.llm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project files a file uses: its relative JavaScript imports and requires, and the scripts and
 * stylesheets an HTML page loads. A change to a file usually needs the files it imports in view.
 */
final class LocalImports {

    private static final Pattern SCRIPT_IMPORT =
            Pattern.compile("(?:\\bfrom|\\bimport|\\brequire\\s*\\(|\\bimport\\s*\\()\\s*[\"']([^\"'\\n]+)[\"']");
    private static final Pattern HTML_REFERENCE = Pattern.compile("\\b(?:src|href)\\s*=\\s*[\"']([^\"'\\n]+)[\"']");
    private static final List<String> EXTENSIONS =
            List.of("", ".js", ".jsx", ".ts", ".tsx", ".mjs", ".vue", ".css", "/index.js", "/index.jsx");

    private LocalImports() {}

    /** The files of {@code files} that {@code path} imports, in the order it names them. */
    static List<String> of(String path, Map<String, String> files) {
        String content = files.getOrDefault(path, "");
        Pattern pattern = path.endsWith(".html") ? HTML_REFERENCE : SCRIPT_IMPORT;
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = pattern.matcher(content);
        while (matcher.find()) {
            resolve(path, matcher.group(1), files).ifPresent(found::add);
        }
        return new ArrayList<>(found);
    }

    private static Optional<String> resolve(String from, String target, Map<String, String> files) {
        if (target.contains("://") || target.startsWith("//") || target.startsWith("#")) {
            return Optional.empty();
        }
        boolean relative = target.startsWith("./") || target.startsWith("../");
        // An HTML page's "app.js" is relative too; a bare script import ("react") is a package.
        if (!relative && !from.endsWith(".html") && !target.startsWith("/")) {
            return Optional.empty();
        }
        String base = target.startsWith("/") ? "" : from.contains("/") ? from.substring(0, from.lastIndexOf('/')) : "";
        String joined = normalize(base.isEmpty() ? target : base + "/" + target);
        for (String extension : EXTENSIONS) {
            if (files.containsKey(joined + extension)) {
                return Optional.of(joined + extension);
            }
        }
        return Optional.empty();
    }

    private static String normalize(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.removeLast();
                }
            } else {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }
}
