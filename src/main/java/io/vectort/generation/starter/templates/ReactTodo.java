package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;
import io.vectort.generation.starter.spec.Entity;
import java.util.SequencedMap;

/** The React todo list: an add form, items to tick off, filters and "clear done". */
final class ReactTodo {

    private static final String APP = "react/todo/App.jsx";

    private static final String FORM = "react/todo/Form.jsx";

    private static final String ITEM = "react/todo/Item.jsx";

    private ReactTodo() {}

    static void addFiles(AppSpec spec, SequencedMap<String, String> files) {
        Entity item = spec.primary();
        files.put(
                "src/App.jsx",
                TodoParts.slots(TemplateTexts.get(APP), spec)
                        .with("themeImport", ReactProject.themeImport(spec))
                        .with("header", ReactProject.header(spec))
                        .with("footer", ReactProject.footer(spec))
                        .render());
        files.put("src/dates.js", TemplateTexts.get("shared/vite/dates.js"));
        files.put("src/data/seed.js", TodoParts.seedModule(item));
        files.put(
                "src/components/" + item.pascal() + "Form.jsx",
                TodoParts.slots(TemplateTexts.get(FORM), spec).render());
        files.put(
                "src/components/" + item.pascal() + "Item.jsx",
                TodoParts.slots(TemplateTexts.get(ITEM), spec).render());
    }
}
