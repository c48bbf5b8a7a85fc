package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;
import io.vectort.generation.starter.spec.Entity;
import io.vectort.generation.starter.spec.Naming;
import java.util.SequencedMap;
import java.util.stream.Collectors;

/** The React CRUD dashboard: totals, tabs, and a panel component per entity. */
final class ReactDashboard {

    private static final String APP = """
            import { APP_NAME } from "./config.js";
            import { useStoredState } from "./storage.js";
            import { «seedImports» } from "./data/seed.js";
            «panelImports»
            «themeImport»
            const TABS = [
            «tabs»
            ];

            export default function App() {
              const [tab, setTab] = useStoredState("tab", TABS[0].id);
            «state»
              const counts = { «counts» };
              const current = TABS.some((candidate) => candidate.id === tab) ? tab : TABS[0].id;

              return (
                <>
            «header»
                  <main className="container">
                    <section className="stats" aria-label="Totals">
                      {TABS.map(({ id, label }) => (
                        <div className="stat" key={id}>
                          <span className="stat-value">{counts[id]}</span>
                          <span className="stat-label">{label}</span>
                        </div>
                      ))}
                    </section>
                    <nav className="tabs" role="tablist" aria-label="Sections">
                      {TABS.map(({ id, label }) => (
                        <button
                          key={id}
                          type="button"
                          role="tab"
                          className="tab"
                          id={`tab-${id}`}
                          aria-controls={`panel-${id}`}
                          aria-selected={current === id}
                          onClick={() => setTab(id)}
                        >
                          {label}
                        </button>
                      ))}
                    </nav>
            «panels»
                  </main>
            «footer»
                </>
              );
            }
            """;

    private ReactDashboard() {}

    static void addFiles(AppSpec spec, SequencedMap<String, String> files) {
        files.put("src/App.jsx", app(spec));
        files.put("src/fields.js", TemplateTexts.get(DashboardModules.FIELDS));
        files.put("src/data/seed.js", SeedModule.render(spec.entities()));
        for (Entity entity : spec.entities()) {
            files.put("src/components/" + entity.pascalPlural() + "Panel.jsx", ReactPanel.render(entity));
        }
    }

    private static String app(AppSpec spec) {
        return Template.of(APP)
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
                .with("footer", ReactProject.FOOTER)
                .render();
    }

    private static String setter(Entity entity) {
        return "set" + Naming.pascal(entity.identifier());
    }
}
