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

    /** {@code src/fields.js}, shared with the Vue dashboard. */
    static final String FIELDS = """
            /** Display and form helpers shared by the entity panels. */
            export function formatValue(type, value) {
              if (value === null || value === undefined || value === "") {
                return "";
              }
              switch (type) {
                case "money":
                  return Number(value).toLocaleString(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
                case "number":
                  return Number(value).toLocaleString();
                case "boolean":
                  return value ? "Yes" : "No";
                case "date":
                  return new Date(`${value}T00:00:00`).toLocaleDateString();
                default:
                  return String(value);
              }
            }

            export function toNumber(value) {
              return value === "" || value === null || value === undefined ? null : Number(value);
            }

            export function matches(record, query) {
              const needle = query.trim().toLowerCase();
              return !needle || Object.entries(record).some(([key, value]) => key !== "id" && String(value ?? "").toLowerCase().includes(needle));
            }

            /** A record as form values: inputs want strings or booleans, never null. */
            export function toDraft(record, empty) {
              return Object.fromEntries(Object.entries(empty).map(([key, blank]) => [key, record[key] ?? blank]));
            }
            """;

    private ReactDashboard() {}

    static void addFiles(AppSpec spec, SequencedMap<String, String> files) {
        files.put("src/App.jsx", app(spec));
        files.put("src/fields.js", FIELDS);
        files.put("src/data/seed.js", SeedModule.render(spec.entities()));
        for (Entity entity : spec.entities()) {
            files.put("src/components/" + entity.pascalPlural() + "Panel.jsx", ReactPanel.render(entity));
        }
    }

    private static String app(AppSpec spec) {
        return Template.of(APP)
                .with(
                        "seedImports",
                        spec.entities().stream()
                                .map(e -> e.identifier() + " as " + sampleName(e))
                                .collect(Collectors.joining(", ")))
                .with(
                        "panelImports",
                        spec.entities().stream()
                                .map(e -> "import " + e.pascalPlural() + "Panel from \"./components/" + e.pascalPlural()
                                        + "Panel.jsx\";")
                                .collect(Collectors.joining("\n")))
                .with("themeImport", ReactProject.themeImport(spec))
                .with(
                        "tabs",
                        spec.entities().stream()
                                .map(e -> "  { id: " + Js.str(e.identifier()) + ", label: " + Js.str(e.label()) + " },")
                                .collect(Collectors.joining("\n")))
                .with(
                        "state",
                        spec.entities().stream()
                                .map(e -> "  const [" + e.identifier() + ", " + setter(e) + "] = useStoredState("
                                        + Js.str(e.identifier()) + ", " + sampleName(e) + ");")
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

    private static String sampleName(Entity entity) {
        return "sample" + Naming.pascal(entity.identifier());
    }

    private static String setter(Entity entity) {
        return "set" + Naming.pascal(entity.identifier());
    }
}
