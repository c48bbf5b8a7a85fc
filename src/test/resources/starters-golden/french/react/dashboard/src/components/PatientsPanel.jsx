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
    if (confirm(`Supprimer ${item.name} ?`)) {
      onChange(items.filter((other) => other.id !== item.id));
      if (editingId === item.id) {
        reset();
      }
    }
  }

  return (
    <section className="panel" role="tabpanel" id="panel-patients" aria-labelledby="tab-patients">
      <form className="card form-grid" onSubmit={submit}>
        <h2>{editingId ? "Modifier : patient" : "Ajouter : patient"}</h2>
        <div className="field">
          <label htmlFor="patients-name">Nom</label>
          <input id="patients-name" name="name" type="text" value={draft.name} onChange={change} required />
        </div>
        <div className="field">
          <label htmlFor="patients-dateOfBirth">Date de naissance</label>
          <input id="patients-dateOfBirth" name="dateOfBirth" type="date" value={draft.dateOfBirth} onChange={change} />
        </div>
        <div className="field">
          <label htmlFor="patients-phone">Téléphone</label>
          <input id="patients-phone" name="phone" type="text" value={draft.phone} onChange={change} />
        </div>
        <div className="field">
          <label htmlFor="patients-lastVisit">Dernière visite</label>
          <input id="patients-lastVisit" name="lastVisit" type="date" value={draft.lastVisit} onChange={change} />
        </div>
        <div className="form-actions">
          <button className="btn btn-primary" type="submit">
            {editingId ? "Enregistrer : patient" : "Ajouter : patient"}
          </button>
          {editingId && (
            <button className="btn btn-ghost" type="button" onClick={reset}>
              Annuler
            </button>
          )}
        </div>
      </form>
      <div className="card">
        <div className="table-toolbar">
          <h2>Patients</h2>
          <label className="sr-only" htmlFor="patients-search">
            Rechercher parmi les patients
          </label>
          <input
            id="patients-search"
            type="search"
            placeholder="Rechercher parmi les patients"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        {visible.length === 0 ? (
          <p className="empty">
            {items.length === 0 ? "Liste vide pour l’instant : ajoutez des patients avec le formulaire ci-dessus." : "Aucun résultat pour cette recherche parmi les patients."}
          </p>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Nom</th>
                  <th scope="col">Date de naissance</th>
                  <th scope="col">Téléphone</th>
                  <th scope="col">Dernière visite</th>
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
                        aria-label={`Modifier ${item.name}`}
                        onClick={() => edit(item)}
                      >
                        Modifier
                      </button>
                      <button
                        type="button"
                        className="btn btn-danger btn-small"
                        aria-label={`Supprimer ${item.name}`}
                        onClick={() => remove(item)}
                      >
                        Supprimer
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
