package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;
import io.vectort.generation.starter.spec.Entity;
import java.util.stream.Collectors;

/** The plain-HTML CRUD dashboard: totals, a tab per entity, each with a form and a searchable table. */
final class HtmlDashboard {

    private static final String MAIN = "html/dashboard/main.html";

    private static final String PANEL = "html/dashboard/panel.html";

    private static final String SCRIPT = "html/dashboard/app.js";

    private HtmlDashboard() {}

    static String index(AppSpec spec, String description) {
        String main = Template.load(MAIN)
                .words(spec)
                .with("stats", spec.entities().stream().map(HtmlDashboard::stat).collect(Collectors.joining("\n")))
                .with("tabs", spec.entities().stream().map(HtmlDashboard::tab).collect(Collectors.joining("\n")))
                .with(
                        "panels",
                        spec.entities().stream()
                                .map(entity -> panel(spec, entity))
                                .collect(Collectors.joining()))
                .render();
        return HtmlShell.appPage(spec, description, main);
    }

    static String script(AppSpec spec) {
        return VanillaScripts.storage(spec) + TemplateTexts.get(VanillaScripts.NEW_ID)
                + TemplateTexts.get(VanillaScripts.BUTTON)
                + TemplateTexts.get(VanillaScripts.FORMAT_DATE) + VanillaScripts.theme(spec) + "\n"
                + Template.load(SCRIPT)
                        .words(spec)
                        .with(
                                "entities",
                                spec.entities().stream()
                                        .map(entity -> config(spec, entity))
                                        .collect(Collectors.joining("\n")))
                        .render()
                + Template.phrased("html/dashboard/behaviour.js", spec) + "\n" + VanillaScripts.themeCall(spec)
                + "setUpTabs();\nENTITIES.forEach(setUpEntity);\n";
    }

    private static String stat(Entity entity) {
        return "        <div class=\"stat\"><span class=\"stat-value\" id=\"count-" + entity.identifier()
                + "\">0</span><span class=\"stat-label\">" + entity.label() + "</span></div>";
    }

    private static String tab(Entity entity) {
        String key = entity.identifier();
        return "        <button type=\"button\" class=\"tab\" role=\"tab\" id=\"tab-" + key
                + "\" aria-controls=\"panel-" + key + "\" aria-selected=\"false\" data-tab=\"" + key + "\">"
                + entity.label() + "</button>";
    }

    private static String panel(AppSpec spec, Entity entity) {
        String key = entity.identifier();
        return Template.load(PANEL)
                .words(spec, entity)
                .with("key", key)
                .with("article", Phrases.object(spec, entity))
                .with("singular", entity.displaySingular())
                .with("plural", entity.displayPlural())
                .with("label", entity.label())
                .with("fields", HtmlFields.form(entity, key, "          "))
                .with("headings", HtmlFields.headings(entity, "                  "))
                .render();
    }

    private static String config(AppSpec spec, Entity entity) {
        return "  {\n"
                + "    key: " + Js.str(entity.identifier()) + ",\n"
                + "    singular: " + Js.str(entity.displaySingular()) + ",\n"
                + "    article: " + Js.str(Phrases.object(spec, entity)) + ",\n"
                + "    titleField: " + Js.str(entity.titleField().key()) + ",\n"
                + "    fields: [\n" + Js.schema(entity, "      ") + "\n    ],\n"
                + "    seed: [\n" + Js.rows(entity, "      ", true) + "\n    ],\n"
                + "  },";
    }
}
