package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;
import io.vectort.generation.starter.spec.Entity;
import java.util.SequencedMap;
import java.util.stream.Collectors;

/** The Vue CRUD dashboard: totals, tabs, and a panel component per entity bound with v-model. */
final class VueDashboard {

    private static final String APP = "vue/dashboard/App.vue";

    private VueDashboard() {}

    static void addFiles(AppSpec spec, SequencedMap<String, String> files) {
        files.put("src/App.vue", app(spec));
        files.put("src/fields.js", Template.phrased(DashboardModules.FIELDS, spec));
        files.put("src/data/seed.js", SeedModule.render(spec.entities()));
        for (Entity entity : spec.entities()) {
            files.put("src/components/" + entity.pascalPlural() + "Panel.vue", VuePanel.render(spec, entity));
        }
    }

    private static String app(AppSpec spec) {
        return Template.load(APP)
                .words(spec)
                .with("seedImports", DashboardModules.seedImports(spec.entities()))
                .with("panelImports", DashboardModules.panelImports(spec.entities(), "vue"))
                .with("themeImport", VueProject.themeImport(spec))
                .with("tabs", DashboardModules.tabs(spec.entities()))
                .with(
                        "state",
                        spec.entities().stream()
                                .map(e -> "const " + e.identifier() + " = useStoredRef(" + Js.str(e.identifier()) + ", "
                                        + DashboardModules.sampleName(e) + ");")
                                .collect(Collectors.joining("\n")))
                .with(
                        "counts",
                        spec.entities().stream()
                                .map(e -> e.identifier() + ": " + e.identifier() + ".value.length")
                                .collect(Collectors.joining(", ")))
                .with("header", VueProject.header(spec))
                .with(
                        "panels",
                        spec.entities().stream()
                                .map(e -> "    <" + e.pascalPlural() + "Panel v-if=\"current === '" + e.identifier()
                                        + "'\" v-model:items=\"" + e.identifier() + "\" />")
                                .collect(Collectors.joining("\n")))
                .with("footer", VueProject.footer(spec))
                .render();
    }
}
