import { APP_NAME } from "./config.js";
import { useStoredState } from "./storage.js";
import { parts as sampleParts, suppliers as sampleSuppliers } from "./data/seed.js";
import PartsPanel from "./components/PartsPanel.jsx";
import SuppliersPanel from "./components/SuppliersPanel.jsx";

const TABS = [
  { id: "parts", label: "Parts" },
  { id: "suppliers", label: "Suppliers" },
];

export default function App() {
  const [tab, setTab] = useStoredState("tab", TABS[0].id);
  const [parts, setParts] = useStoredState("parts", sampleParts);
  const [suppliers, setSuppliers] = useStoredState("suppliers", sampleSuppliers);
  const counts = { parts: parts.length, suppliers: suppliers.length };
  const current = TABS.some((candidate) => candidate.id === tab) ? tab : TABS[0].id;

  return (
    <>
      <header className="app-header">
        <div className="container header-inner">
          <h1>{APP_NAME}</h1>
        </div>
      </header>
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
        {current === "parts" && <PartsPanel items={parts} onChange={setParts} />}
        {current === "suppliers" && <SuppliersPanel items={suppliers} onChange={setSuppliers} />}
      </main>
      <footer className="site-footer">Made with Vectort's offline starter. Your data stays in this browser.</footer>
    </>
  );
}
