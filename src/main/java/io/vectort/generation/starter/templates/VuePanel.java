package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;
import io.vectort.generation.starter.spec.Entity;

/** One entity's panel in the Vue dashboard: an add/edit form and a searchable table. */
final class VuePanel {

    private static final String TEMPLATE = "vue/dashboard/Panel.vue";

    private VuePanel() {}

    static String render(AppSpec spec, Entity entity) {
        return Template.load(TEMPLATE)
                .words(spec, entity)
                .with("empty", ReactFields.emptyDraft(entity))
                .with("record", VueFields.record(entity, "    "))
                .with("titleKey", entity.titleField().key())
                .with("key", entity.identifier())
                .with("singular", entity.displaySingular())
                .with("article", Phrases.object(spec, entity))
                .with("label", entity.label())
                .with("plural", entity.displayPlural())
                .with("inputs", VueFields.inputs(entity, 6))
                .with("headings", HtmlFields.headings(entity, " ".repeat(14)))
                .with("cells", VueFields.cells(entity, 12))
                .render();
    }
}
