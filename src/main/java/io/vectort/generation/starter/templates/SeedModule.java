package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.Entity;
import java.util.List;

/** {@code src/data/seed.js} of the React and Vue apps: sample rows with string ids, per entity. */
final class SeedModule {

    private SeedModule() {}

    static String render(List<Entity> entities) {
        StringBuilder out = new StringBuilder("// Sample rows shown until the first change is saved in the browser.\n");
        for (Entity entity : entities) {
            out.append("\nexport const ")
                    .append(entity.identifier())
                    .append(" = [\n")
                    .append(Js.rows(entity, "  ", true))
                    .append("\n];\n");
        }
        return out.toString();
    }
}
