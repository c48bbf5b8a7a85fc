package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;
import io.vectort.generation.starter.spec.Entity;
import java.util.SequencedMap;

/** The React todo list: an add form, items to tick off, filters and "clear done". */
final class ReactTodo {

    private static final String APP = """
            import { useState } from "react";
            import { APP_NAME } from "./config.js";
            import { newId, useStoredState } from "./storage.js";
            import { «identifier» as sampleItems } from "./data/seed.js";
            import «pascal»Form from "./components/«pascal»Form.jsx";
            import «pascal»Item from "./components/«pascal»Item.jsx";
            «themeImport»
            const FILTERS = [
              { id: "all", label: "All", test: () => true },
              { id: "active", label: "To do", test: (item) => !item.done },
              { id: "done", label: "Done", test: (item) => item.done },
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
                        <div className="filters" role="group" aria-label="Show">
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
                        <p className="empty">Nothing to show here.</p>
                      ) : (
                        <ul className="todo-list">
                          {visible.map((item) => (
                            <«pascal»Item key={item.id} item={item} onToggle={() => toggle(item.id)} onRemove={() => remove(item.id)} />
                          ))}
                        </ul>
                      )}
                      <div className="list-footer">
                        <p className="muted" aria-live="polite">
                          {open} {open === 1 ? "«singular»" : "«plural»"} to do
                        </p>
                        <button type="button" className="btn btn-ghost btn-small" onClick={() => setItems(items.filter((item) => !item.done))}>
                          Clear done
                        </button>
                      </div>
                    </section>
                  </main>
            «footer»
                </>
              );
            }
            """;

    private static final String FORM = """
            import { useState } from "react";

            export default function «pascal»Form({ onAdd }) {
              const [title, setTitle] = useState("");
              const [dueDate, setDueDate] = useState("");

              function submit(event) {
                event.preventDefault();
                if (!title.trim()) {
                  return;
                }
                onAdd(title.trim(), dueDate || null);
                setTitle("");
                setDueDate("");
              }

              return (
                <form className="card add-form" onSubmit={submit}>
                  <label className="sr-only" htmlFor="new-title">
                    New «singular»
                  </label>
                  <input
                    id="new-title"
                    type="text"
                    placeholder="Add «article»"
                    autoComplete="off"
                    value={title}
                    onChange={(event) => setTitle(event.target.value)}
                    required
                  />
                  <label className="sr-only" htmlFor="new-due">
                    Due date
                  </label>
                  <input id="new-due" type="date" value={dueDate} onChange={(event) => setDueDate(event.target.value)} />
                  <button className="btn btn-primary" type="submit">
                    Add
                  </button>
                </form>
              );
            }
            """;

    private static final String ITEM = """
            import { formatDate, toIsoDate } from "../dates.js";

            export default function «pascal»Item({ item, onToggle, onRemove }) {
              const overdue = !item.done && Boolean(item.dueDate) && item.dueDate < toIsoDate(new Date());
              return (
                <li className={item.done ? "todo-item done" : "todo-item"}>
                  <label>
                    <input type="checkbox" checked={item.done} onChange={onToggle} />
                    <span className="todo-title">{item.title}</span>
                  </label>
                  {item.dueDate && (
                    <span className={overdue ? "due overdue" : "due"}>
                      {overdue ? "Overdue" : "Due"} {formatDate(item.dueDate)}
                    </span>
                  )}
                  <button type="button" className="btn btn-danger btn-small" aria-label={`Delete ${item.title}`} onClick={onRemove}>
                    Delete
                  </button>
                </li>
              );
            }
            """;

    private ReactTodo() {}

    static void addFiles(AppSpec spec, SequencedMap<String, String> files) {
        Entity item = spec.primary();
        files.put(
                "src/App.jsx",
                TodoParts.slots(APP, item)
                        .with("themeImport", ReactProject.themeImport(spec))
                        .with("header", ReactProject.header(spec))
                        .with("footer", ReactProject.FOOTER)
                        .render());
        files.put("src/dates.js", TemplateTexts.get("shared/vite/dates.js"));
        files.put("src/data/seed.js", TodoParts.seedModule(item));
        files.put(
                "src/components/" + item.pascal() + "Form.jsx",
                TodoParts.slots(FORM, item).render());
        files.put(
                "src/components/" + item.pascal() + "Item.jsx",
                TodoParts.slots(ITEM, item).render());
    }
}
