import { useState } from "react";
import { APP_NAME } from "./config.js";
import { newId, useStoredState } from "./storage.js";
import { «identifier» as sampleItems } from "./data/seed.js";
import «pascal»Form from "./components/«pascal»Form.jsx";
import «pascal»Item from "./components/«pascal»Item.jsx";
«themeImport»
const FILTERS = [
  { id: "all", label: "«uiAll»", test: () => true },
  { id: "active", label: "«uiToDo»", test: (item) => !item.done },
  { id: "done", label: "«uiDone»", test: (item) => item.done },
];

export default function App() {
  const [items, setItems] = useStoredState(«storageKey», sampleItems);
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
«header»
      <main className="container todo">
        <«pascal»Form onAdd={add} />
        <section className="card" aria-labelledby="list-title">
          <div className="list-footer">
            <h2 id="list-title">«label»</h2>
            <div className="filters" role="group" aria-label="«uiShow»">
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
            <p className="empty">«uiNothing»</p>
          ) : (
            <ul className="todo-list">
              {visible.map((item) => (
                <«pascal»Item key={item.id} item={item} onToggle={() => toggle(item.id)} onRemove={() => remove(item.id)} />
              ))}
            </ul>
          )}
          <div className="list-footer">
            <p className="muted" aria-live="polite">
              {open} {open === 1 ? "«singular»" : "«plural»"} «uiLeft»
            </p>
            <button type="button" className="btn btn-ghost btn-small" onClick={() => setItems(items.filter((item) => !item.done))}>
              «uiClearDone»
            </button>
          </div>
        </section>
      </main>
«footer»
    </>
  );
}
