import { APP_NAME } from "./config.js";
import { useStoredState } from "./storage.js";
import { rendezVous as sampleRendezVous, patients as samplePatients } from "./data/seed.js";
import RendezVousPanel from "./components/RendezVousPanel.jsx";
import PatientsPanel from "./components/PatientsPanel.jsx";

const TABS = [
  { id: "rendezVous", label: "Rendez-vous" },
  { id: "patients", label: "Patients" },
];

export default function App() {
  const [tab, setTab] = useStoredState("tab", TABS[0].id);
  const [rendezVous, setRendezVous] = useStoredState("rendezVous", sampleRendezVous);
  const [patients, setPatients] = useStoredState("patients", samplePatients);
  const counts = { rendezVous: rendezVous.length, patients: patients.length };
  const current = TABS.some((candidate) => candidate.id === tab) ? tab : TABS[0].id;

  return (
    <>
      <header className="app-header">
        <div className="container header-inner">
          <h1>{APP_NAME}</h1>
        </div>
      </header>
      <main className="container">
        <section className="stats" aria-label="Totaux">
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
        {current === "rendezVous" && <RendezVousPanel items={rendezVous} onChange={setRendezVous} />}
        {current === "patients" && <PatientsPanel items={patients} onChange={setPatients} />}
      </main>
      <footer className="site-footer">Créé avec le générateur hors ligne de Vectort. Vos données restent dans ce navigateur.</footer>
    </>
  );
}
