package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;
import java.util.LinkedHashMap;
import java.util.SequencedMap;

/** Vite + Vue 3 single-file components: the shared files, plus the archetype's App and components. */
final class VueProject {

    private static final String VITE_CONFIG = "vue/common/vite.config.js";

    private static final String MAIN = "vue/common/main.js";

    private static final String STORAGE = "vue/common/storage.js";

    private static final String THEME_TOGGLE = "vue/common/ThemeToggle.vue";

    private static final String FOOTER = "  <footer class=\"site-footer\">«uiFooter»</footer>";

    /** The footer of every app but the landing page. */
    static String footer(AppSpec spec) {
        return Template.of(FOOTER).words(spec).render();
    }

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
        files.put("vite.config.js", TemplateTexts.get(VITE_CONFIG));
        files.put("src/main.js", TemplateTexts.get(MAIN));
        files.put("src/config.js", ReactProject.config(spec));
        files.put("src/storage.js", TemplateTexts.get(STORAGE));
        files.put("src/styles.css", StyleSheet.render(spec));
        if (spec.darkMode()) {
            files.put("src/components/ThemeToggle.vue", Template.phrased(THEME_TOGGLE, spec));
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
        return Template.load("vue/common/header.vue")
                .with("toggle", spec.darkMode() ? "      <ThemeToggle />\n" : "")
                .render();
    }

    static String themeImport(AppSpec spec) {
        return spec.darkMode() ? "import ThemeToggle from \"./components/ThemeToggle.vue\";\n" : "";
    }
}
