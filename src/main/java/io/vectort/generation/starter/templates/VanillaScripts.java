package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;

/** Building blocks of the plain-JavaScript files: storage, ids, buttons, dates and the theme toggle. */
final class VanillaScripts {

    private static final String STORAGE = """
            const STORAGE_PREFIX = «prefix»;

            function load(name, fallback) {
              try {
                const saved = localStorage.getItem(`${STORAGE_PREFIX}:${name}`);
                return saved === null ? fallback : JSON.parse(saved);
              } catch {
                return fallback;
              }
            }

            function save(name, value) {
              try {
                localStorage.setItem(`${STORAGE_PREFIX}:${name}`, JSON.stringify(value));
              } catch {
                // No storage (a sandboxed preview, private mode, full quota): keep working in memory.
              }
            }

            """;

    static final String NEW_ID = """

            function newId() {
              return Date.now().toString(36) + Math.random().toString(36).slice(2, 8);
            }
            """;

    static final String BUTTON = """

            function button(text, className, label, onClick) {
              const element = document.createElement("button");
              element.type = "button";
              element.className = className;
              element.textContent = text;
              element.setAttribute("aria-label", label);
              element.addEventListener("click", onClick);
              return element;
            }
            """;

    static final String FORMAT_DATE = """

            function formatDate(value) {
              return value ? new Date(`${value}T00:00:00`).toLocaleDateString() : "";
            }
            """;

    private static final String THEME = """

            function setUpTheme() {
              const toggle = document.getElementById("theme-toggle");
              let theme = load("theme", window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light");
              function apply() {
                document.documentElement.dataset.theme = theme;
                toggle.setAttribute("aria-pressed", String(theme === "dark"));
              }
              toggle.addEventListener("click", () => {
                theme = theme === "dark" ? "light" : "dark";
                save("theme", theme);
                apply();
              });
              apply();
            }
            """;

    private VanillaScripts() {}

    static String storage(AppSpec spec) {
        return Template.of(STORAGE).with("prefix", Js.str(spec.slug())).render();
    }

    /** The theme toggle's set-up function, or nothing when dark mode was not asked for. */
    static String theme(AppSpec spec) {
        return spec.darkMode() ? THEME : "";
    }

    /** The call that starts the theme toggle, as the first line of a script's start-up. */
    static String themeCall(AppSpec spec) {
        return spec.darkMode() ? "setUpTheme();\n" : "";
    }
}
