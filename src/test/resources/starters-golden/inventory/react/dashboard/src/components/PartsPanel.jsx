import { useState } from "react";
import { formatValue, matches, toDraft, toNumber } from "../fields.js";
import { newId } from "../storage.js";

const EMPTY = { name: "", sku: "", price: "", quantity: "" };

export default function PartsPanel({ items, onChange }) {
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
      sku: draft.sku.trim(),
      price: toNumber(draft.price),
      quantity: toNumber(draft.quantity),
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
    <section className="panel" role="tabpanel" id="panel-parts" aria-labelledby="tab-parts">
      <form className="card form-grid" onSubmit={submit}>
        <h2>{editingId ? "Edit part" : "Add a part"}</h2>
        <div className="field">
          <label htmlFor="parts-name">Name</label>
          <input id="parts-name" name="name" type="text" value={draft.name} onChange={change} required />
        </div>
        <div className="field">
          <label htmlFor="parts-sku">SKU</label>
          <input id="parts-sku" name="sku" type="text" value={draft.sku} onChange={change} />
        </div>
        <div className="field">
          <label htmlFor="parts-price">Price</label>
          <input id="parts-price" name="price" type="number" step="0.01" min="0" inputMode="decimal" value={draft.price} onChange={change} />
        </div>
        <div className="field">
          <label htmlFor="parts-quantity">Quantity</label>
          <input id="parts-quantity" name="quantity" type="number" step="any" value={draft.quantity} onChange={change} />
        </div>
        <div className="form-actions">
          <button className="btn btn-primary" type="submit">
            {editingId ? "Save part" : "Add part"}
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
          <h2>Parts</h2>
          <label className="sr-only" htmlFor="parts-search">
            Search parts
          </label>
          <input
            id="parts-search"
            type="search"
            placeholder="Search parts"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        {visible.length === 0 ? (
          <p className="empty">
            {items.length === 0 ? "No parts yet. Add the first one with the form above." : "No parts match your search."}
          </p>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">SKU</th>
                  <th scope="col" className="num">Price</th>
                  <th scope="col" className="num">Quantity</th>
                  <th scope="col">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {visible.map((item) => (
                  <tr key={item.id}>
                    <td>{item.name}</td>
                    <td>{item.sku}</td>
                    <td className="num">{formatValue("money", item.price)}</td>
                    <td className="num">{formatValue("number", item.quantity)}</td>
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
