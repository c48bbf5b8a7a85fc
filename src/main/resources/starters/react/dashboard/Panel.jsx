import { useState } from "react";
import { formatValue, matches, toDraft, toNumber } from "../fields.js";
import { newId } from "../storage.js";

const EMPTY = «empty»;

export default function «pascalPlural»Panel({ items, onChange }) {
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
«record»
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
    if (confirm(`«uiConfirmDelete:${item.«titleKey»}»`)) {
      onChange(items.filter((other) => other.id !== item.id));
      if (editingId === item.id) {
        reset();
      }
    }
  }

  return (
    <section className="panel" role="tabpanel" id="panel-«key»" aria-labelledby="tab-«key»">
      <form className="card form-grid" onSubmit={submit}>
        <h2>{editingId ? "«uiEditNoun:«singular»»" : "«uiAddNoun:«article»»"}</h2>
«inputs»
        <div className="form-actions">
          <button className="btn btn-primary" type="submit">
            {editingId ? "«uiSaveNoun:«singular»»" : "«uiAddNoun:«singular»»"}
          </button>
          {editingId && (
            <button className="btn btn-ghost" type="button" onClick={reset}>
              «uiCancel»
            </button>
          )}
        </div>
      </form>
      <div className="card">
        <div className="table-toolbar">
          <h2>«label»</h2>
          <label className="sr-only" htmlFor="«key»-search">
            «uiSearchNoun:«plural»»
          </label>
          <input
            id="«key»-search"
            type="search"
            placeholder="«uiSearchNoun:«plural»»"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        {visible.length === 0 ? (
          <p className="empty">
            {items.length === 0 ? "«uiNoneYet:«plural»»" : "«uiNoMatch:«plural»»"}
          </p>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
«headings»
                  <th scope="col">
                    <span className="sr-only">«uiActions»</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {visible.map((item) => (
                  <tr key={item.id}>
«cells»
                    <td className="row-actions">
                      <button
                        type="button"
                        className="btn btn-ghost btn-small"
                        aria-label={`«uiEditNamed:${item.«titleKey»}»`}
                        onClick={() => edit(item)}
                      >
                        «uiEdit»
                      </button>
                      <button
                        type="button"
                        className="btn btn-danger btn-small"
                        aria-label={`«uiDeleteNamed:${item.«titleKey»}»`}
                        onClick={() => remove(item)}
                      >
                        «uiDelete»
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
