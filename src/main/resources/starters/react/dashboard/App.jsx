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
        <section className="stats" aria-label="«uiTotals»">
          {TABS.map(({ id, label }) => (
            <div className="stat" key={id}>
              <span className="stat-value">{counts[id]}</span>
              <span className="stat-label">{label}</span>
            </div>
          ))}
        </section>
        <nav className="tabs" role="tablist" aria-label="«uiSections»">
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
