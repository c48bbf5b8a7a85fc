package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;
import io.vectort.generation.starter.spec.Entity;

/** A generated Express router with full CRUD, validation and JSON 404s for one entity. */
final class ExpressRouter {

    private static final String TEMPLATE = "express/common/router.js";

    private ExpressRouter() {}

    static String path(Entity entity) {
        return "src/routes/" + entity.urlSegment() + ".js";
    }

    static String render(AppSpec spec, Entity entity) {
        return Template.load(TEMPLATE)
                .words(spec, entity)
                .with("identifier", entity.identifier())
                .with("plural", entity.urlSegment())
                .with("singularLabel", entity.singularLabel())
                .with("schema", Js.schema(entity, "  "))
                .render();
    }
}
