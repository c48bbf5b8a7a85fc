package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;
import io.vectort.generation.starter.spec.Archetype;
import io.vectort.generation.starter.spec.Entity;
import java.util.LinkedHashMap;
import java.util.SequencedMap;
import java.util.stream.Collectors;

/** A Node.js + Express 5 REST API: a router per entity, an in-memory store and node:test tests. */
final class ExpressProject {

    private static final String APP = "express/common/app.js";

    private static final String STATIC = "express/common/static.js";

    private ExpressProject() {}

    static SequencedMap<String, String> files(AppSpec spec) {
        SequencedMap<String, String> files = new LinkedHashMap<>();
        files.put(
                "package.json",
                PackageJson.of(spec)
                        .node(Versions.NODE_FOR_EXPRESS)
                        .script("start", "node src/server.js")
                        .script("dev", "node --watch src/server.js")
                        .script("test", "node --test")
                        .dependency("express", Versions.EXPRESS)
                        .render());
        files.put("src/config.js", "export const APP_NAME = " + Js.str(spec.name()) + ";\n");
        files.put("src/app.js", app(spec));
        files.put("src/server.js", TemplateTexts.get("express/common/server.js"));
        files.put("src/store.js", TemplateTexts.get("express/common/store.js"));
        files.put("src/seed.js", seed(spec));
        files.put("src/validation.js", Template.phrased("express/common/validation.js", spec));
        files.put("src/errors.js", Template.phrased("express/common/errors.js", spec));
        for (Entity entity : spec.entities()) {
            files.put(ExpressRouter.path(entity), ExpressRouter.render(spec, entity));
        }
        files.put("test/api.test.js", ExpressTests.render(spec));
        if (spec.archetype() == Archetype.LANDING) {
            files.put("public/index.html", LandingPage.html(spec));
            files.put("public/styles.css", StyleSheet.render(spec));
            files.put("public/app.js", LandingPage.apiScript(spec));
        }
        files.put(".gitignore", "node_modules/\n");
        return files;
    }

    private static String app(AppSpec spec) {
        boolean landing = spec.archetype() == Archetype.LANDING;
        return Template.load(APP)
                .words(spec)
                .with("urlImport", landing ? "import { fileURLToPath } from \"node:url\";\n" : "")
                .with(
                        "routerImports",
                        spec.entities().stream()
                                .map(e -> "import { " + e.identifier() + "Router } from \"./routes/" + e.urlSegment()
                                        + ".js\";")
                                .collect(Collectors.joining("\n")))
                .with(
                        "resources",
                        spec.entities().stream()
                                .map(e -> Js.str("/api/" + e.urlSegment()))
                                .collect(Collectors.joining(", ")))
                .with("static", landing ? TemplateTexts.get(STATIC) : "")
                .with(
                        "mounts",
                        spec.entities().stream()
                                .map(e -> "  app.use(\"/api/" + e.urlSegment() + "\", " + e.identifier()
                                        + "Router(store." + e.identifier() + "));")
                                .collect(Collectors.joining("\n")))
                .render();
    }

    private static String seed(AppSpec spec) {
        StringBuilder out =
                new StringBuilder("// Sample rows the in-memory store starts with; the store copies them.\n");
        for (Entity entity : spec.entities()) {
            out.append("\nexport const ")
                    .append(entity.identifier())
                    .append(" = [\n")
                    .append(Js.rows(entity, "  ", false))
                    .append("\n];\n");
        }
        return out.toString();
    }
}
