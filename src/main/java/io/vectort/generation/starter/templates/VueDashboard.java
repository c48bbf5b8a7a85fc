package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;
import io.vectort.generation.starter.spec.Entity;
import java.util.SequencedMap;
import java.util.stream.Collectors;

/** The Vue CRUD dashboard: totals, tabs, and a panel component per entity bound with v-model. */
final class VueDashboard {

    private static final String APP = """
            <script setup>
            import { computed } from "vue";
            import { APP_NAME } from "./config.js";
            import { useStoredRef } from "./storage.js";
            import { «seedImports» } from "./data/seed.js";
            «panelImports»
            «themeImport»
            const TABS = [
            «tabs»
            ];

            const tab = useStoredRef("tab", TABS[0].id);
            «state»
            const counts = computed(() => ({ «counts» }));
            const current = computed(() => (TABS.some((candidate) => candidate.id === tab.value) ? tab.value : TABS[0].id));
            </script>

            <template>
            «header»
              <main class="container">
                <section class="stats" aria-label="Totals">
                  <div v-for="item in TABS" :key="item.id" class="stat">
                    <span class="stat-value">{{ counts[item.id] }}</span>
                    <span class="stat-label">{{ item.label }}</span>
                  </div>
                </section>
                <nav class="tabs" role="tablist" aria-label="Sections">
                  <button
                    v-for="item in TABS"
                    :id="`tab-${item.id}`"
                    :key="item.id"
                    type="button"
                    role="tab"
                    class="tab"
                    :aria-controls="`panel-${item.id}`"
                    :aria-selected="String(current === item.id)"
                    @click="tab = item.id"
                  >
                    {{ item.label }}
                  </button>
                </nav>
            «panels»
              </main>
            «footer»
            </template>
            """;

    private VueDashboard() {}

    static void addFiles(AppSpec spec, SequencedMap<String, String> files) {
        files.put("src/App.vue", app(spec));
        files.put("src/fields.js", TemplateTexts.get(DashboardModules.FIELDS));
        files.put("src/data/seed.js", SeedModule.render(spec.entities()));
        for (Entity entity : spec.entities()) {
            files.put("src/components/" + entity.pascalPlural() + "Panel.vue", VuePanel.render(entity));
        }
    }

    private static String app(AppSpec spec) {
        return Template.of(APP)
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
                .with("footer", VueProject.FOOTER)
                .render();
    }
}
