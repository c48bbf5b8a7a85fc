package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;

/** The page around a plain-HTML app: head, header with the app name and theme toggle, footer. */
final class HtmlShell {

    private static final String PAGE = "html/common/page.html";

    private static final String APP_BODY = "html/common/app-body.html";

    private static final String TOGGLE =
            "<button type=\"button\" class=\"btn btn-ghost btn-small\" id=\"theme-toggle\" aria-pressed=\"false\">"
                    + "«uiDarkMode»</button>";

    /** The dark-mode button of a plain-HTML page. */
    static String toggle(AppSpec spec) {
        return Template.of(TOGGLE).words(spec).render();
    }

    private HtmlShell() {}

    /** A complete page whose {@code body} is given, loading styles.css and app.js from the same folder. */
    static String page(AppSpec spec, String description, String body) {
        return Template.load(PAGE)
                .with("lang", spec.language())
                .with("description", Html.escape(Html.summary(description, 160)))
                .with("title", Html.escape(spec.name()))
                .with("body", body)
                .render();
    }

    /** A page with the standard app header and footer around {@code main}. */
    static String appPage(AppSpec spec, String description, String main) {
        String body = Template.load(APP_BODY)
                .words(spec)
                .with("title", Html.escape(spec.name()))
                .with("toggle", spec.darkMode() ? "        " + toggle(spec) + "\n" : "")
                .with("main", main.stripTrailing())
                .render();
        return page(spec, description, body);
    }
}
