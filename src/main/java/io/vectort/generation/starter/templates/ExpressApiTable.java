package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;
import io.vectort.generation.starter.spec.Archetype;
import io.vectort.generation.starter.spec.Entity;

/** The endpoint table in a generated Express project's README. */
final class ExpressApiTable {

    private ExpressApiTable() {}

    static String render(AppSpec spec) {
        StringBuilder out = new StringBuilder("| Method | Path | What it does |\n|---|---|---|\n");
        if (spec.archetype() == Archetype.LANDING) {
            out.append("| GET | `/` | The landing page, served from `public/` |\n");
        }
        out.append("| GET | `/health` | Liveness check |\n");
        out.append("| GET | `/api` | The app's name and resources |\n");
        for (Entity entity : spec.entities()) {
            String path = "/api/" + entity.urlSegment();
            String one = entity.withArticle();
            out.append("| GET | `")
                    .append(path)
                    .append("` | List ")
                    .append(entity.displayPlural())
                    .append(" (`?q=` searches, `?field=value` filters) |\n");
            out.append("| GET | `")
                    .append(path)
                    .append("/:id` | Read ")
                    .append(one)
                    .append(" |\n");
            out.append("| POST | `")
                    .append(path)
                    .append("` | Create ")
                    .append(one)
                    .append(" |\n");
            out.append("| PUT | `")
                    .append(path)
                    .append("/:id` | Replace ")
                    .append(one)
                    .append(" |\n");
            out.append("| PATCH | `")
                    .append(path)
                    .append("/:id` | Change some fields of ")
                    .append(one)
                    .append(" |\n");
            out.append("| DELETE | `")
                    .append(path)
                    .append("/:id` | Delete ")
                    .append(one)
                    .append(" |\n");
        }
        out.append(
                        "\nErrors are JSON: `{ \"error\": \"not_found\", \"message\": \"No route for GET /nope\" }`; invalid input answers 400 ")
                .append("with `error: \"validation_failed\"` and a `fields` list saying what to fix.");
        return out.toString();
    }
}
