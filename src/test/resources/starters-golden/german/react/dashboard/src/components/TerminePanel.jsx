import { useState } from "react";
import { formatValue, matches, toDraft, toNumber } from "../fields.js";
import { newId } from "../storage.js";

const EMPTY = { title: "", date: "", location: "", notes: "" };

export default function TerminePanel({ items, onChange }) {
  const [draft, setDraft] = useState(EMPTY);
  const [editingId, setEditingId] = useState(null);
  const [query, setQuery] = useState("");
  const visible = items.filter((item) => matches(item, query));

  function change(event) {
    const { name, type, checked, value } = event.target;
    setDraft((current) => ({ ...current, [name]: type === "checkbox" ? checked : value }));
  }

  function reset() {
    setDraft(EMPTY);
    setEditingId(null);
  }

  function submit(event) {
    event.preventDefault();
    const record = {
      title: draft.title.trim(),
      date: draft.date.trim(),
      location: draft.location.trim(),
      notes: draft.notes.trim(),
    };
    onChange(
      editingId
        ? items.map((item) => (item.id === editingId ? { id: editingId, ...record } : item))
        : [...items, { id: newId(), ...record }],
    );
    reset();
  }

  function edit(item) {
    setEditingId(item.id);
    setDraft(toDraft(item, EMPTY));
  }

  function remove(item) {
    if (confirm(`${item.title} löschen?`)) {
      onChange(items.filter((other) => other.id !== item.id));
      if (editingId === item.id) {
        reset();
      }
    }
  }

  return (
    <section className="panel" role="tabpanel" id="panel-termine" aria-labelledby="tab-termine">
      <form className="card form-grid" onSubmit={submit}>
        <h2>{editingId ? "Bearbeiten: Termin" : "Hinzufügen: Termin"}</h2>
        <div className="field">
          <label htmlFor="termine-title">Titel</label>
          <input id="termine-title" name="title" type="text" value={draft.title} onChange={change} required />
        </div>
        <div className="field">
          <label htmlFor="termine-date">Datum</label>
          <input id="termine-date" name="date" type="date" value={draft.date} onChange={change} />
        </div>
        <div className="field">
          <label htmlFor="termine-location">Ort</label>
          <input id="termine-location" name="location" type="text" value={draft.location} onChange={change} />
        </div>
        <div className="field field-wide">
          <label htmlFor="termine-notes">Notizen</label>
          <textarea id="termine-notes" name="notes" rows={3} value={draft.notes} onChange={change} />
        </div>
        <div className="form-actions">
          <button className="btn btn-primary" type="submit">
            {editingId ? "Speichern: Termin" : "Hinzufügen: Termin"}
          </button>
          {editingId && (
            <button className="btn btn-ghost" type="button" onClick={reset}>
              Abbrechen
            </button>
          )}
        </div>
      </form>
      <div className="card">
        <div className="table-toolbar">
          <h2>Termine</h2>
          <label className="sr-only" htmlFor="termine-search">
            Termine durchsuchen
          </label>
          <input
            id="termine-search"
            type="search"
            placeholder="Termine durchsuchen"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        {visible.length === 0 ? (
          <p className="empty">
            {items.length === 0 ? "Noch keine Termine. Lege mit dem Formular oben den ersten Eintrag an." : "Keine Termine passen zu deiner Suche."}
          </p>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Titel</th>
                  <th scope="col">Datum</th>
                  <th scope="col">Ort</th>
                  <th scope="col">Notizen</th>
                  <th scope="col">
                    <span className="sr-only">Aktionen</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {visible.map((item) => (
                  <tr key={item.id}>
                    <td>{item.title}</td>
                    <td>{formatValue("date", item.date)}</td>
                    <td>{item.location}</td>
                    <td className="clip">{item.notes}</td>
                    <td className="row-actions">
                      <button
                        type="button"
                        className="btn btn-ghost btn-small"
                        aria-label={`${item.title} bearbeiten`}
                        onClick={() => edit(item)}
                      >
                        Bearbeiten
                      </button>
                      <button
                        type="button"
                        className="btn btn-danger btn-small"
                        aria-label={`${item.title} löschen`}
                        onClick={() => remove(item)}
                      >
                        Löschen
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </section>
  );
}
