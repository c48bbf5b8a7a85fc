package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;

/** Building blocks of the plain-JavaScript files: storage, ids, buttons, dates and the theme toggle. */
final class VanillaScripts {

    private static final String STORAGE = "html/common/storage.js";

    static final String NEW_ID = "html/common/new-id.js";

    static final String BUTTON = "html/common/button.js";

    static final String FORMAT_DATE = "html/common/format-date.js";

    private static final String THEME = "html/common/theme.js";

    private VanillaScripts() {}

    static String storage(AppSpec spec) {
        return Template.load(STORAGE).with("prefix", Js.str(spec.slug())).render();
    }

    /** The theme toggle's set-up function, or nothing when dark mode was not asked for. */
    static String theme(AppSpec spec) {
        return spec.darkMode() ? TemplateTexts.get(THEME) : "";
    }

    /** The call that starts the theme toggle, as the first line of a script's start-up. */
    static String themeCall(AppSpec spec) {
        return spec.darkMode() ? "setUpTheme();\n" : "";
    }
}
