import { useState } from "react";
import { formatValue, matches, toDraft, toNumber } from "../fields.js";
import { newId } from "../storage.js";

const EMPTY = { title: "", date: "", location: "", notes: "" };

export default function RendezVousPanel({ items, onChange }) {
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
    if (confirm(`Supprimer ${item.title} ?`)) {
      onChange(items.filter((other) => other.id !== item.id));
      if (editingId === item.id) {
        reset();
      }
    }
  }

  return (
    <section className="panel" role="tabpanel" id="panel-rendezVous" aria-labelledby="tab-rendezVous">
      <form className="card form-grid" onSubmit={submit}>
        <h2>{editingId ? "Modifier : rendez-vous" : "Ajouter : rendez-vous"}</h2>
        <div className="field">
          <label htmlFor="rendezVous-title">Titre</label>
          <input id="rendezVous-title" name="title" type="text" value={draft.title} onChange={change} required />
        </div>
        <div className="field">
          <label htmlFor="rendezVous-date">Date</label>
          <input id="rendezVous-date" name="date" type="date" value={draft.date} onChange={change} />
        </div>
        <div className="field">
          <label htmlFor="rendezVous-location">Lieu</label>
          <input id="rendezVous-location" name="location" type="text" value={draft.location} onChange={change} />
        </div>
        <div className="field field-wide">
          <label htmlFor="rendezVous-notes">Notes</label>
          <textarea id="rendezVous-notes" name="notes" rows={3} value={draft.notes} onChange={change} />
        </div>
        <div className="form-actions">
          <button className="btn btn-primary" type="submit">
            {editingId ? "Enregistrer : rendez-vous" : "Ajouter : rendez-vous"}
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
          <h2>Rendez-vous</h2>
          <label className="sr-only" htmlFor="rendezVous-search">
            Rechercher parmi les rendez-vous
          </label>
          <input
            id="rendezVous-search"
            type="search"
            placeholder="Rechercher parmi les rendez-vous"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        {visible.length === 0 ? (
          <p className="empty">
            {items.length === 0 ? "Liste vide pour l’instant : ajoutez des rendez-vous avec le formulaire ci-dessus." : "Aucun résultat pour cette recherche parmi les rendez-vous."}
          </p>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Titre</th>
                  <th scope="col">Date</th>
                  <th scope="col">Lieu</th>
                  <th scope="col">Notes</th>
                  <th scope="col">
                    <span className="sr-only">Actions</span>
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
                        aria-label={`Modifier ${item.title}`}
                        onClick={() => edit(item)}
                      >
                        Modifier
                      </button>
                      <button
                        type="button"
                        className="btn btn-danger btn-small"
                        aria-label={`Supprimer ${item.title}`}
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
