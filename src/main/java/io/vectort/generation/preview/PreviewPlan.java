package io.vectort.generation.preview;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a version can be previewed, decided from its files alone (so it works for any generator and
 * for restored versions): a Vite app is built, a page with an {@code index.html} is served as is,
 * anything else has no page to show.
 *
 * @param kind {@code vite}, {@code static} or {@code none}
 * @param vitePlugins the Vite plugins the build may use, from an allow-list, when the project has
 *     them
 * @param reason why there is no preview, for {@code none}
 */
record PreviewPlan(String kind, List<String> vitePlugins, String reason) {

    /** Plugins that only transform source; a project's own Vite config is never executed. */
    static final List<String> ALLOWED_PLUGINS =
            List.of("@vitejs/plugin-react", "@vitejs/plugin-react-swc", "@vitejs/plugin-vue", "@tailwindcss/vite");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static PreviewPlan of(Map<String, String> files) {
        String packageJson = files.get("package.json");
        if (packageJson != null) {
            JsonNode manifest;
            try {
                manifest = JSON.readTree(packageJson);
            } catch (RuntimeException e) {
                return none("package.json is not valid JSON, so the project cannot be built for a preview.");
            }
            if (hasDependency(manifest, "vite") && files.containsKey("index.html")) {
                List<String> plugins = ALLOWED_PLUGINS.stream()
                        .filter(plugin -> hasDependency(manifest, plugin))
                        .toList();
                return new PreviewPlan("vite", plugins, "");
            }
            if (hasDependency(manifest, "express")) {
                return none("This is a Node.js API without a web page. Download it and run npm install && npm start.");
            }
        }
        if (files.containsKey("index.html")) {
            return new PreviewPlan("static", List.of(), "");
        }
        return none("This project has no index.html, so there is no page to preview.");
    }

    private static PreviewPlan none(String reason) {
        return new PreviewPlan("none", List.of(), reason);
    }

    private static boolean hasDependency(JsonNode manifest, String name) {
        return manifest.path("dependencies").has(name)
                || manifest.path("devDependencies").has(name);
    }
}
