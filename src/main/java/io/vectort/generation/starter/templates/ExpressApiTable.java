package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;
import io.vectort.generation.starter.spec.Archetype;
import io.vectort.generation.starter.spec.Entity;
import io.vectort.generation.starter.spec.Phrasebook;
import java.util.Map;

/** The endpoint table in a generated Express project's README, in the app's language. */
final class ExpressApiTable {

    private ExpressApiTable() {}

    static String render(AppSpec spec) {
        Phrasebook words = spec.words();
        StringBuilder out = new StringBuilder(words.word("apiTableHeader") + "\n|---|---|---|\n");
        if (spec.archetype() == Archetype.LANDING) {
            row(out, "GET", "/", words.word("apiLandingPage"));
        }
        row(out, "GET", "/health", words.word("apiHealth"));
        row(out, "GET", "/api", words.word("apiIndex"));
        for (Entity entity : spec.entities()) {
            String path = "/api/" + entity.urlSegment();
            String one = Phrases.object(spec, entity);
            row(out, "GET", path, words.filled("apiList", Map.of("records", entity.displayPlural())));
            row(out, "GET", path + "/:id", words.filled("apiRead", Map.of("record", one)));
            row(out, "POST", path, words.filled("apiCreate", Map.of("record", one)));
            row(out, "PUT", path + "/:id", words.filled("apiReplace", Map.of("record", one)));
            row(out, "PATCH", path + "/:id", words.filled("apiChange", Map.of("record", one)));
            row(out, "DELETE", path + "/:id", words.filled("apiDelete", Map.of("record", one)));
        }
        return out.append('\n').append(words.word("apiErrors")).toString();
    }

    private static void row(StringBuilder out, String method, String path, String what) {
        out.append("| ")
                .append(method)
                .append(" | `")
                .append(path)
                .append("` | ")
                .append(what)
                .append(" |\n");
    }
}
