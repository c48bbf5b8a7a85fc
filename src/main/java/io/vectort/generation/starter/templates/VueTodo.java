package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;
import io.vectort.generation.starter.spec.Entity;
import java.util.SequencedMap;

/** The Vue todo list: an add form, items to tick off, filters and "clear done". */
final class VueTodo {

    private static final String APP = "vue/todo/App.vue";

    private static final String FORM = "vue/todo/Form.vue";

    private static final String ITEM = "vue/todo/Item.vue";

    private VueTodo() {}

    static void addFiles(AppSpec spec, SequencedMap<String, String> files) {
        Entity item = spec.primary();
        files.put(
                "src/App.vue",
                TodoParts.slots(TemplateTexts.get(APP), spec)
                        .with("themeImport", VueProject.themeImport(spec))
                        .with("header", VueProject.header(spec))
                        .with("footer", VueProject.footer(spec))
                        .render());
        files.put("src/dates.js", TemplateTexts.get("shared/vite/dates.js"));
        files.put("src/data/seed.js", TodoParts.seedModule(item));
        files.put(
                "src/components/" + item.pascal() + "Form.vue",
                TodoParts.slots(TemplateTexts.get(FORM), spec).render());
        files.put(
                "src/components/" + item.pascal() + "Item.vue",
                TodoParts.slots(TemplateTexts.get(ITEM), spec).render());
    }
}
