package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;
import java.util.LinkedHashMap;
import java.util.SequencedMap;

/** Vite + React 19: the files every React starter has, plus the archetype's App and components. */
final class ReactProject {

    static final String INDEX_HTML = "shared/vite/index.html";

    private static final String VITE_CONFIG = "react/common/vite.config.js";

    private static final String MAIN = "react/common/main.jsx";

    private static final String STORAGE = "react/common/storage.js";

    private static final String THEME_TOGGLE = "react/common/ThemeToggle.jsx";

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
        files.put("vite.config.js", TemplateTexts.get(VITE_CONFIG));
        files.put("src/main.jsx", TemplateTexts.get(MAIN));
        files.put("src/config.js", config(spec));
        files.put("src/storage.js", TemplateTexts.get(STORAGE));
        files.put("src/styles.css", StyleSheet.render(spec));
        if (spec.darkMode()) {
            files.put("src/components/ThemeToggle.jsx", Template.phrased(THEME_TOGGLE, spec));
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
        return Template.load(INDEX_HTML)
                .with("lang", spec.language())
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
        return Template.load("react/common/header.jsx")
                .with("toggle", spec.darkMode() ? "          <ThemeToggle />\n" : "")
                .render();
    }

    static String themeImport(AppSpec spec) {
        return spec.darkMode() ? "import ThemeToggle from \"./components/ThemeToggle.jsx\";\n" : "";
    }

    private static final String FOOTER = "      <footer className=\"site-footer\">«uiFooter»</footer>";

    /** The footer of every app but the landing page. */
    static String footer(AppSpec spec) {
        return Template.of(FOOTER).words(spec).render();
    }
}
