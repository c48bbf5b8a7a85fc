import { APP_NAME } from "./config.js";
import { useStoredState } from "./storage.js";
import { termine as sampleTermine, patienten as samplePatienten } from "./data/seed.js";
import TerminePanel from "./components/TerminePanel.jsx";
import PatientenPanel from "./components/PatientenPanel.jsx";

const TABS = [
  { id: "termine", label: "Termine" },
  { id: "patienten", label: "Patienten" },
];

export default function App() {
  const [tab, setTab] = useStoredState("tab", TABS[0].id);
  const [termine, setTermine] = useStoredState("termine", sampleTermine);
  const [patienten, setPatienten] = useStoredState("patienten", samplePatienten);
  const counts = { termine: termine.length, patienten: patienten.length };
  const current = TABS.some((candidate) => candidate.id === tab) ? tab : TABS[0].id;

  return (
    <>
      <header className="app-header">
        <div className="container header-inner">
          <h1>{APP_NAME}</h1>
        </div>
      </header>
      <main className="container">
        <section className="stats" aria-label="Summen">
          {TABS.map(({ id, label }) => (
            <div className="stat" key={id}>
              <span className="stat-value">{counts[id]}</span>
              <span className="stat-label">{label}</span>
            </div>
          ))}
        </section>
        <nav className="tabs" role="tablist" aria-label="Bereiche">
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
        {current === "termine" && <TerminePanel items={termine} onChange={setTermine} />}
        {current === "patienten" && <PatientenPanel items={patienten} onChange={setPatienten} />}
      </main>
      <footer className="site-footer">Erstellt mit dem Offline-Generator von Vectort. Deine Daten bleiben in diesem Browser.</footer>
    </>
  );
}
