package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;
import java.util.LinkedHashMap;
import java.util.SequencedMap;

/** Vite + Vue 3 single-file components: the shared files, plus the archetype's App and components. */
final class VueProject {

    private static final String VITE_CONFIG = """
            import { defineConfig } from "vite";
            import vue from "@vitejs/plugin-vue";

            // Relative asset paths, so the build also works when it is served from a sub-folder.
            export default defineConfig({
              base: "./",
              plugins: [vue()],
            });
            """;

    private static final String MAIN = """
            import { createApp } from "vue";
            import App from "./App.vue";
            import "./styles.css";

            createApp(App).mount("#app");
            """;

    private static final String STORAGE = """
            import { ref, watch } from "vue";
            import { STORAGE_PREFIX } from "./config.js";

            function read(key, initial) {
              try {
                const saved = localStorage.getItem(key);
                return saved === null ? initial : JSON.parse(saved);
              } catch {
                return initial;
              }
            }

            function write(key, value) {
              try {
                localStorage.setItem(key, JSON.stringify(value));
              } catch {
                // No storage (a sandboxed preview, private mode, full quota): keep working in memory.
              }
            }

            /** A ref whose value survives reloads: it is kept in this browser's localStorage. */

            export function useStoredRef(name, initial) {
              const key = `${STORAGE_PREFIX}:${name}`;
              const value = ref(read(key, initial));
              watch(value, (current) => write(key, current), { deep: true });

              return value;
            }

            export function newId() {
              return Date.now().toString(36) + Math.random().toString(36).slice(2, 8);
            }
            """;

    private static final String THEME_TOGGLE = """
            <script setup>
            import { computed, watchEffect } from "vue";
            import { useStoredRef } from "../storage.js";

            const theme = useStoredRef("theme", window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light");
            const dark = computed(() => theme.value === "dark");

            watchEffect(() => {
              document.documentElement.dataset.theme = theme.value;
            });

            function toggle() {
              theme.value = dark.value ? "light" : "dark";
            }
            </script>

            <template>
              <button type="button" class="btn btn-ghost btn-small" :aria-pressed="String(dark)" @click="toggle">Dark mode</button>
            </template>
            """;

    static final String FOOTER =
            "  <footer class=\"site-footer\">Made with Vectort's offline starter. Your data stays in this browser.</footer>";

    private VueProject() {}

    static SequencedMap<String, String> files(AppSpec spec, String description) {
        SequencedMap<String, String> files = new LinkedHashMap<>();
        files.put(
                "package.json",
                PackageJson.of(spec)
                        .script("dev", "vite")
                        .script("build", "vite build")
                        .script("preview", "vite preview")
                        .dependency("vue", Versions.VUE)
                        .devDependency("@vitejs/plugin-vue", Versions.PLUGIN_VUE)
                        .devDependency("vite", Versions.VITE)
                        .render());
        files.put("index.html", ReactProject.indexHtml(spec, description, "app", "main.js"));
        files.put("vite.config.js", VITE_CONFIG);
        files.put("src/main.js", MAIN);
        files.put("src/config.js", ReactProject.config(spec));
        files.put("src/storage.js", STORAGE);
        files.put("src/styles.css", StyleSheet.render(spec));
        if (spec.darkMode()) {
            files.put("src/components/ThemeToggle.vue", THEME_TOGGLE);
        }
        switch (spec.archetype()) {
            case DASHBOARD -> VueDashboard.addFiles(spec, files);
            case TODO -> VueTodo.addFiles(spec, files);
            case BLOG -> VueBlog.addFiles(spec, files);
            case LANDING -> VueLanding.addFiles(spec, files);
        }
        files.put(".gitignore", "node_modules/\ndist/\n");
        return files;
    }

    /** The header of every app but the landing page: the name and, with dark mode, the toggle. */
    static String header(AppSpec spec) {
        return """
                  <header class="app-header">
                    <div class="container header-inner">
                      <h1>{{ APP_NAME }}</h1>
                %s    </div>
                  </header>""".formatted(spec.darkMode() ? "      <ThemeToggle />\n" : "");
    }

    static String themeImport(AppSpec spec) {
        return spec.darkMode() ? "import ThemeToggle from \"./components/ThemeToggle.vue\";\n" : "";
    }
}
