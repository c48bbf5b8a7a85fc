import { useState } from "react";
import { formatValue, matches, toDraft, toNumber } from "../fields.js";
import { newId } from "../storage.js";

const EMPTY = { name: "", dateOfBirth: "", phone: "", lastVisit: "" };

export default function PatientenPanel({ items, onChange }) {
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
      name: draft.name.trim(),
      dateOfBirth: draft.dateOfBirth.trim(),
      phone: draft.phone.trim(),
      lastVisit: draft.lastVisit.trim(),
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
    if (confirm(`${item.name} löschen?`)) {
      onChange(items.filter((other) => other.id !== item.id));
      if (editingId === item.id) {
        reset();
      }
    }
  }

  return (
    <section className="panel" role="tabpanel" id="panel-patienten" aria-labelledby="tab-patienten">
      <form className="card form-grid" onSubmit={submit}>
        <h2>{editingId ? "Bearbeiten: Patient" : "Hinzufügen: Patient"}</h2>
        <div className="field">
          <label htmlFor="patienten-name">Name</label>
          <input id="patienten-name" name="name" type="text" value={draft.name} onChange={change} required />
        </div>
        <div className="field">
          <label htmlFor="patienten-dateOfBirth">Geburtsdatum</label>
          <input id="patienten-dateOfBirth" name="dateOfBirth" type="date" value={draft.dateOfBirth} onChange={change} />
        </div>
        <div className="field">
          <label htmlFor="patienten-phone">Telefon</label>
          <input id="patienten-phone" name="phone" type="text" value={draft.phone} onChange={change} />
        </div>
        <div className="field">
          <label htmlFor="patienten-lastVisit">Letzter Besuch</label>
          <input id="patienten-lastVisit" name="lastVisit" type="date" value={draft.lastVisit} onChange={change} />
        </div>
        <div className="form-actions">
          <button className="btn btn-primary" type="submit">
            {editingId ? "Speichern: Patient" : "Hinzufügen: Patient"}
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
          <h2>Patienten</h2>
          <label className="sr-only" htmlFor="patienten-search">
            Patienten durchsuchen
          </label>
          <input
            id="patienten-search"
            type="search"
            placeholder="Patienten durchsuchen"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        {visible.length === 0 ? (
          <p className="empty">
            {items.length === 0 ? "Noch keine Patienten. Lege mit dem Formular oben den ersten Eintrag an." : "Keine Patienten passen zu deiner Suche."}
          </p>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Geburtsdatum</th>
                  <th scope="col">Telefon</th>
                  <th scope="col">Letzter Besuch</th>
                  <th scope="col">
                    <span className="sr-only">Aktionen</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {visible.map((item) => (
                  <tr key={item.id}>
                    <td>{item.name}</td>
                    <td>{formatValue("date", item.dateOfBirth)}</td>
                    <td>{item.phone}</td>
                    <td>{formatValue("date", item.lastVisit)}</td>
                    <td className="row-actions">
                      <button
                        type="button"
                        className="btn btn-ghost btn-small"
                        aria-label={`${item.name} bearbeiten`}
                        onClick={() => edit(item)}
                      >
                        Bearbeiten
                      </button>
                      <button
                        type="button"
                        className="btn btn-danger btn-small"
                        aria-label={`${item.name} löschen`}
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
