package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.Entity;
import io.vectort.generation.starter.spec.Naming;
import java.util.List;
import java.util.stream.Collectors;

/** What the React and Vue dashboards share: the fields module and the per-entity lines of App. */
final class DashboardModules {

    /** {@code src/fields.js}: formatting, parsing and search for the entity panels. */
    static final String FIELDS = "shared/vite/fields.js";

    private DashboardModules() {}

    /** {@code parts as sampleParts, suppliers as sampleSuppliers}. */
    static String seedImports(List<Entity> entities) {
        return entities.stream()
                .map(e -> e.identifier() + " as " + sampleName(e))
                .collect(Collectors.joining(", "));
    }

    /** One import line per panel component; {@code extension} is {@code jsx} or {@code vue}. */
    static String panelImports(List<Entity> entities, String extension) {
        return entities.stream()
                .map(e -> "import " + e.pascalPlural() + "Panel from \"./components/" + e.pascalPlural() + "Panel."
                        + extension + "\";")
                .collect(Collectors.joining("\n"));
    }

    /** The elements of the {@code TABS} array: one tab per entity. */
    static String tabs(List<Entity> entities) {
        return entities.stream()
                .map(e -> "  { id: " + Js.str(e.identifier()) + ", label: " + Js.str(e.label()) + " },")
                .collect(Collectors.joining("\n"));
    }

    static String sampleName(Entity entity) {
        return "sample" + Naming.pascal(entity.identifier());
    }
}
