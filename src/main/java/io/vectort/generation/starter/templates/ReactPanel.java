package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;
import io.vectort.generation.starter.spec.Entity;

/** One entity's panel in the React dashboard: an add/edit form and a searchable table. */
final class ReactPanel {

    private static final String TEMPLATE = "react/dashboard/Panel.jsx";

    private ReactPanel() {}

    static String render(AppSpec spec, Entity entity) {
        return Template.load(TEMPLATE)
                .words(spec, entity)
                .with("empty", ReactFields.emptyDraft(entity))
                .with("pascalPlural", entity.pascalPlural())
                .with("record", ReactFields.record(entity, "      "))
                .with("titleKey", entity.titleField().key())
                .with("key", entity.identifier())
                .with("singular", entity.displaySingular())
                .with("article", Phrases.object(spec, entity))
                .with("label", entity.label())
                .with("plural", entity.displayPlural())
                .with("inputs", ReactFields.inputs(entity, "        "))
                .with("headings", HtmlFields.headings(entity, "                  ", "className"))
                .with("cells", ReactFields.cells(entity, "                    "))
                .render();
    }
}
