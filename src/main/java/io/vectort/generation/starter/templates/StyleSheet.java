package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;

/**
 * The one stylesheet every web UI of the starter uses (plain HTML, React, Vue and the Express
 * landing page share class names): CSS variables for the accent and the theme, the base
 * components, and the rules of the app's archetype only.
 */
final class StyleSheet {

    private static final String BASE = "shared/styles/base.css";

    private static final String DARK = "shared/styles/dark.css";

    private StyleSheet() {}

    static String render(AppSpec spec) {
        String base = Template.load(BASE)
                .with("accent", spec.accent().hex())
                .with("dark", spec.darkMode() ? TemplateTexts.get(DARK) : "")
                .render();
        return base + "\n"
                + TemplateTexts.get("shared/styles/" + spec.archetype().id() + ".css");
    }
}
