import { useState } from "react";
import { APP_NAME } from "./config.js";
import { newId, useStoredState } from "./storage.js";
import { rendezVous as sampleItems } from "./data/seed.js";
import RendezVousForm from "./components/RendezVousForm.jsx";
import RendezVousItem from "./components/RendezVousItem.jsx";

const FILTERS = [
  { id: "all", label: "Tout", test: () => true },
  { id: "active", label: "À faire", test: (item) => !item.done },
  { id: "done", label: "Fait", test: (item) => item.done },
];

export default function App() {
  const [items, setItems] = useStoredState("rendezVous", sampleItems);
  const [filter, setFilter] = useState("all");
  const visible = items.filter(FILTERS.find((candidate) => candidate.id === filter).test);
  const open = items.filter((item) => !item.done).length;

  function add(title, dueDate) {
    setItems([...items, { id: newId(), title, dueDate, done: false }]);
  }

  function toggle(id) {
    setItems(items.map((item) => (item.id === id ? { ...item, done: !item.done } : item)));
  }

  function remove(id) {
    setItems(items.filter((item) => item.id !== id));
  }

  return (
    <>
      <header className="app-header">
        <div className="container header-inner">
          <h1>{APP_NAME}</h1>
        </div>
      </header>
      <main className="container todo">
        <RendezVousForm onAdd={add} />
        <section className="card" aria-labelledby="list-title">
          <div className="list-footer">
            <h2 id="list-title">Rendez-vous</h2>
            <div className="filters" role="group" aria-label="Afficher">
              {FILTERS.map(({ id, label }) => (
                <button
                  key={id}
                  type="button"
                  className="btn btn-small"
                  aria-pressed={filter === id}
                  onClick={() => setFilter(id)}
                >
                  {label}
                </button>
              ))}
            </div>
          </div>
          {visible.length === 0 ? (
            <p className="empty">Rien à afficher ici.</p>
          ) : (
            <ul className="todo-list">
              {visible.map((item) => (
                <RendezVousItem key={item.id} item={item} onToggle={() => toggle(item.id)} onRemove={() => remove(item.id)} />
              ))}
            </ul>
          )}
          <div className="list-footer">
            <p className="muted" aria-live="polite">
              {open} {open === 1 ? "rendez-vous" : "rendez-vous"} à faire
            </p>
            <button type="button" className="btn btn-ghost btn-small" onClick={() => setItems(items.filter((item) => !item.done))}>
              Effacer les terminés
            </button>
          </div>
        </section>
      </main>
      <footer className="site-footer">Créé avec le générateur hors ligne de Vectort. Vos données restent dans ce navigateur.</footer>
    </>
  );
}
