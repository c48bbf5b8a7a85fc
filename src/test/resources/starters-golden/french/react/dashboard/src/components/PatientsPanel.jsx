import { useState } from "react";
import { formatValue, matches, toDraft, toNumber } from "../fields.js";
import { newId } from "../storage.js";

const EMPTY = { name: "", dateOfBirth: "", phone: "", lastVisit: "" };

export default function PatientsPanel({ items, onChange }) {
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
    if (confirm(`Delete ${item.name}?`)) {
      onChange(items.filter((other) => other.id !== item.id));
      if (editingId === item.id) {
        reset();
      }
    }
  }

  return (
    <section className="panel" role="tabpanel" id="panel-patients" aria-labelledby="tab-patients">
      <form className="card form-grid" onSubmit={submit}>
        <h2>{editingId ? "Edit patient" : "Add a patient"}</h2>
        <div className="field">
          <label htmlFor="patients-name">Name</label>
          <input id="patients-name" name="name" type="text" value={draft.name} onChange={change} required />
        </div>
        <div className="field">
          <label htmlFor="patients-dateOfBirth">Date of birth</label>
          <input id="patients-dateOfBirth" name="dateOfBirth" type="date" value={draft.dateOfBirth} onChange={change} />
        </div>
        <div className="field">
          <label htmlFor="patients-phone">Phone</label>
          <input id="patients-phone" name="phone" type="text" value={draft.phone} onChange={change} />
        </div>
        <div className="field">
          <label htmlFor="patients-lastVisit">Last visit</label>
          <input id="patients-lastVisit" name="lastVisit" type="date" value={draft.lastVisit} onChange={change} />
        </div>
        <div className="form-actions">
          <button className="btn btn-primary" type="submit">
            {editingId ? "Save patient" : "Add patient"}
          </button>
          {editingId && (
            <button className="btn btn-ghost" type="button" onClick={reset}>
              Cancel
            </button>
          )}
        </div>
      </form>
      <div className="card">
        <div className="table-toolbar">
          <h2>Patients</h2>
          <label className="sr-only" htmlFor="patients-search">
            Search patients
          </label>
          <input
            id="patients-search"
            type="search"
            placeholder="Search patients"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        {visible.length === 0 ? (
          <p className="empty">
            {items.length === 0 ? "No patients yet. Add the first one with the form above." : "No patients match your search."}
          </p>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Date of birth</th>
                  <th scope="col">Phone</th>
                  <th scope="col">Last visit</th>
                  <th scope="col">
                    <span className="sr-only">Actions</span>
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
                        aria-label={`Edit ${item.name}`}
                        onClick={() => edit(item)}
                      >
                        Edit
                      </button>
                      <button
                        type="button"
                        className="btn btn-danger btn-small"
                        aria-label={`Delete ${item.name}`}
                        onClick={() => remove(item)}
                      >
                        Delete
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
