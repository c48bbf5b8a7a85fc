package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;
import io.vectort.generation.starter.spec.Field;
import java.util.stream.Collectors;

/** The plain-HTML blog: a post list (with a category filter when asked for), a post view, an editor. */
final class HtmlBlog {

    private static final String MAIN = "html/blog/main.html";

    private static final String CHIPS =
            "        <div class=\"chips\" id=\"categories\" role=\"group\" aria-label=\"«uiFilterByCategory»\"></div>\n";

    private static final String CATEGORY_FIELD = "html/blog/category-field.html";

    private HtmlBlog() {}

    static String index(AppSpec spec, String description) {
        boolean categories = spec.has("category");
        String main = Template.load(MAIN)
                .words(spec)
                .with("chips", categories ? Template.of(CHIPS).words(spec).render() : "")
                .with("categoryField", categories ? Template.phrased(CATEGORY_FIELD, spec) : "")
                .render();
        return HtmlShell.appPage(spec, description, main);
    }

    static String script(AppSpec spec) {
        boolean categories = spec.has("category");
        return VanillaScripts.storage(spec)
                + TemplateTexts.get(VanillaScripts.NEW_ID)
                + TemplateTexts.get(VanillaScripts.BUTTON)
                + TemplateTexts.get(VanillaScripts.FORMAT_DATE)
                + VanillaScripts.theme(spec)
                + Template.load("html/blog/app.js")
                        .words(spec)
                        .with("seed", Js.rows(spec.primary(), "  ", true))
                        .with(
                                "fields",
                                spec.primary().fields().stream()
                                        .map(Field::key)
                                        .map(Js::str)
                                        .collect(Collectors.joining(", ")))
                        .with("categoryState", categories ? "let category = null;\n" : "")
                        .with(
                                "categoryFilter",
                                categories ? ".filter((post) => !category || post.category === category)" : "")
                        .with("renderCategories", categories ? "  renderCategories();\n" : "")
                        .with("badge", categories ? TemplateTexts.get("html/blog/badge.js") : "")
                        .with(
                                "categoryFunctions",
                                categories ? Template.phrased("html/blog/category-functions.js", spec) : "")
                        .with("themeCall", VanillaScripts.themeCall(spec))
                        .render();
    }
}
