package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;
import io.vectort.generation.starter.spec.Entity;
import io.vectort.generation.starter.spec.Naming;
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
        files.put("src/fields.js", ReactDashboard.FIELDS);
        files.put("src/data/seed.js", SeedModule.render(spec.entities()));
        for (Entity entity : spec.entities()) {
            files.put("src/components/" + entity.pascalPlural() + "Panel.vue", VuePanel.render(entity));
        }
    }

    private static String app(AppSpec spec) {
        return Template.of(APP)
                .with(
                        "seedImports",
                        spec.entities().stream()
                                .map(e -> e.identifier() + " as sample" + Naming.pascal(e.identifier()))
                                .collect(Collectors.joining(", ")))
                .with(
                        "panelImports",
                        spec.entities().stream()
                                .map(e -> "import " + e.pascalPlural() + "Panel from \"./components/" + e.pascalPlural()
                                        + "Panel.vue\";")
                                .collect(Collectors.joining("\n")))
                .with("themeImport", VueProject.themeImport(spec))
                .with(
                        "tabs",
                        spec.entities().stream()
                                .map(e -> "  { id: " + Js.str(e.identifier()) + ", label: " + Js.str(e.label()) + " },")
                                .collect(Collectors.joining("\n")))
                .with(
                        "state",
                        spec.entities().stream()
                                .map(e -> "const " + e.identifier() + " = useStoredRef(" + Js.str(e.identifier())
                                        + ", sample" + Naming.pascal(e.identifier()) + ");")
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
