package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;
import io.vectort.generation.starter.spec.Entity;

/** The plain-HTML todo list: add with an optional due date, tick off, filter, delete, clear done. */
final class HtmlTodo {

    private static final String MAIN = "html/todo/main.html";

    private static final String SCRIPT = "html/todo/app.js";

    private HtmlTodo() {}

    static String index(AppSpec spec, String description) {
        Entity item = spec.primary();
        String main = TodoParts.words(Template.load(MAIN), spec)
                .with("singular", item.displaySingular())
                .with("article", item.withArticle())
                .with("label", item.label())
                .render();
        return HtmlShell.appPage(spec, description, main);
    }

    static String script(AppSpec spec) {
        Entity item = spec.primary();
        return VanillaScripts.storage(spec)
                + TemplateTexts.get(VanillaScripts.NEW_ID)
                + TemplateTexts.get(VanillaScripts.BUTTON)
                + TemplateTexts.get(VanillaScripts.FORMAT_DATE)
                + TemplateTexts.get(TodoParts.DATES)
                + VanillaScripts.theme(spec)
                + TodoParts.words(Template.load(SCRIPT), spec)
                        .with("one", Js.str(item.displaySingular()))
                        .with("many", Js.str(item.displayPlural()))
                        .with("seed", TodoParts.rows(item, "  "))
                        .with("storageKey", Js.str(item.identifier()))
                        .with("themeCall", VanillaScripts.themeCall(spec))
                        .render();
    }
}
