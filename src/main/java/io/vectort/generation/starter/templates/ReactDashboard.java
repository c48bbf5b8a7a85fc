package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;
import io.vectort.generation.starter.spec.Entity;
import io.vectort.generation.starter.spec.Naming;
import java.util.SequencedMap;
import java.util.stream.Collectors;

/** The React CRUD dashboard: totals, tabs, and a panel component per entity. */
final class ReactDashboard {

    private static final String APP = "react/dashboard/App.jsx";

    private ReactDashboard() {}

    static void addFiles(AppSpec spec, SequencedMap<String, String> files) {
        files.put("src/App.jsx", app(spec));
        files.put("src/fields.js", Template.phrased(DashboardModules.FIELDS, spec));
        files.put("src/data/seed.js", SeedModule.render(spec.entities()));
        for (Entity entity : spec.entities()) {
            files.put("src/components/" + entity.pascalPlural() + "Panel.jsx", ReactPanel.render(spec, entity));
        }
    }

    private static String app(AppSpec spec) {
        return Template.load(APP)
                .words(spec)
                .with("seedImports", DashboardModules.seedImports(spec.entities()))
                .with("panelImports", DashboardModules.panelImports(spec.entities(), "jsx"))
                .with("themeImport", ReactProject.themeImport(spec))
                .with("tabs", DashboardModules.tabs(spec.entities()))
                .with(
                        "state",
                        spec.entities().stream()
                                .map(e -> "  const [" + e.identifier() + ", " + setter(e) + "] = useStoredState("
                                        + Js.str(e.identifier()) + ", " + DashboardModules.sampleName(e) + ");")
                                .collect(Collectors.joining("\n")))
                .with(
                        "counts",
                        spec.entities().stream()
                                .map(e -> e.identifier() + ": " + e.identifier() + ".length")
                                .collect(Collectors.joining(", ")))
                .with("header", ReactProject.header(spec))
                .with(
                        "panels",
                        spec.entities().stream()
                                .map(e -> "        {current === " + Js.str(e.identifier()) + " && <" + e.pascalPlural()
                                        + "Panel items={" + e.identifier() + "} onChange={" + setter(e) + "} />}")
                                .collect(Collectors.joining("\n")))
                .with("footer", ReactProject.footer(spec))
                .render();
    }

    private static String setter(Entity entity) {
        return "set" + Naming.pascal(entity.identifier());
    }
}
