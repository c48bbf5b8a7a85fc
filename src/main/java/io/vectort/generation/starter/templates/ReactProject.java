package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;
import java.util.LinkedHashMap;
import java.util.SequencedMap;

/** Vite + React 19: the files every React starter has, plus the archetype's App and components. */
final class ReactProject {

    static final String INDEX_HTML = """
            <!doctype html>
            <html lang="en">
              <head>
                <meta charset="UTF-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1.0" />
                <meta name="description" content="«description»" />
                <title>«title»</title>
              </head>
              <body>
                <div id="«mount»"></div>
                <script type="module" src="/src/«entry»"></script>
              </body>
            </html>
            """;

    private static final String VITE_CONFIG = """
            import { defineConfig } from "vite";
            import react from "@vitejs/plugin-react";

            // Relative asset paths, so the build also works when it is served from a sub-folder.
            export default defineConfig({
              base: "./",
              plugins: [react()],
            });
            """;

    private static final String MAIN = """
            import { StrictMode } from "react";
            import { createRoot } from "react-dom/client";
            import App from "./App.jsx";
            import "./styles.css";

            createRoot(document.getElementById("root")).render(
              <StrictMode>
                <App />
              </StrictMode>,
            );
            """;

    private static final String STORAGE = """
            import { useEffect, useState } from "react";
            import { STORAGE_PREFIX } from "./config.js";

            /** Like useState, but the value survives reloads: it is kept in this browser's localStorage. */
            export function useStoredState(name, initial) {
              const key = `${STORAGE_PREFIX}:${name}`;
              const [value, setValue] = useState(() => {
                try {
                  const saved = localStorage.getItem(key);
                  return saved === null ? initial : JSON.parse(saved);
                } catch {
                  return initial;
                }
              });
              useEffect(() => {
                try {
                  localStorage.setItem(key, JSON.stringify(value));
                } catch {
                  // No storage (a sandboxed preview, private mode, full quota): keep working in memory.
                }
              }, [key, value]);

              return [value, setValue];
            }

            export function newId() {
              return Date.now().toString(36) + Math.random().toString(36).slice(2, 8);
            }
            """;

    private static final String THEME_TOGGLE = """
            import { useEffect } from "react";
            import { useStoredState } from "../storage.js";

            const prefersDark = window.matchMedia("(prefers-color-scheme: dark)").matches;

            export default function ThemeToggle() {
              const [theme, setTheme] = useStoredState("theme", prefersDark ? "dark" : "light");
              useEffect(() => {
                document.documentElement.dataset.theme = theme;
              }, [theme]);
              const dark = theme === "dark";
              return (
                <button
                  type="button"
                  className="btn btn-ghost btn-small"
                  aria-pressed={dark}
                  onClick={() => setTheme(dark ? "light" : "dark")}
                >
                  Dark mode
                </button>
              );
            }
            """;

    private ReactProject() {}

    static SequencedMap<String, String> files(AppSpec spec, String description) {
        SequencedMap<String, String> files = new LinkedHashMap<>();
        files.put(
                "package.json",
                PackageJson.of(spec)
                        .script("dev", "vite")
                        .script("build", "vite build")
                        .script("preview", "vite preview")
                        .dependency("react", Versions.REACT)
                        .dependency("react-dom", Versions.REACT)
                        .devDependency("@vitejs/plugin-react", Versions.PLUGIN_REACT)
                        .devDependency("vite", Versions.VITE)
                        .render());
        files.put("index.html", indexHtml(spec, description, "root", "main.jsx"));
        files.put("vite.config.js", VITE_CONFIG);
        files.put("src/main.jsx", MAIN);
        files.put("src/config.js", config(spec));
        files.put("src/storage.js", STORAGE);
        files.put("src/styles.css", StyleSheet.render(spec));
        if (spec.darkMode()) {
            files.put("src/components/ThemeToggle.jsx", THEME_TOGGLE);
        }
        switch (spec.archetype()) {
            case DASHBOARD -> ReactDashboard.addFiles(spec, files);
            case TODO -> ReactTodo.addFiles(spec, files);
            case BLOG -> ReactBlog.addFiles(spec, files);
            case LANDING -> ReactLanding.addFiles(spec, files);
        }
        files.put(".gitignore", "node_modules/\ndist/\n");
        return files;
    }

    /** The Vite entry page; Vue uses it too, with its own mount point and entry file. */
    static String indexHtml(AppSpec spec, String description, String mount, String entry) {
        return Template.of(INDEX_HTML)
                .with("description", Html.escape(Html.summary(description, 160)))
                .with("title", Html.escape(spec.name()))
                .with("mount", mount)
                .with("entry", entry)
                .render();
    }

    /** {@code src/config.js}: the name and storage prefix, as string literals safe for any name. */
    static String config(AppSpec spec) {
        return "export const APP_NAME = " + Js.str(spec.name()) + ";\nexport const STORAGE_PREFIX = "
                + Js.str(spec.slug()) + ";\n";
    }

    /** The header every app but the landing page has: name and, with dark mode, the toggle. */
    static String header(AppSpec spec) {
        return """
                      <header className="app-header">
                        <div className="container header-inner">
                          <h1>{APP_NAME}</h1>
                %s        </div>
                      </header>""".formatted(spec.darkMode() ? "          <ThemeToggle />\n" : "");
    }

    static String themeImport(AppSpec spec) {
        return spec.darkMode() ? "import ThemeToggle from \"./components/ThemeToggle.jsx\";\n" : "";
    }

    static final String FOOTER =
            "      <footer className=\"site-footer\">Made with Vectort's offline starter. Your data stays in this browser.</footer>";
}
