import * as seed from "./seed.js";

/**
 * An in-memory table with numeric ids. It hands out copies, so callers can never change a
 * stored row by accident.
 */
export class Collection {
  #rows = new Map();
  #nextId = 1;

  constructor(rows = []) {
    for (const row of rows) {
      this.create(row);
    }
  }

  /** All rows; `q` searches every field, any other key filters on that field's value. */
  list(query = {}) {
    const { q, ...filters } = query;
    const needle = typeof q === "string" ? q.trim().toLowerCase() : "";
    return [...this.#rows.values()]
      .filter((row) => !needle || Object.values(row).some((value) => String(value ?? "").toLowerCase().includes(needle)))
      .filter((row) => Object.entries(filters).every(([key, value]) => !(key in row) || String(row[key]) === String(value)))
      .map((row) => ({ ...row }));
  }

  get(id) {
    const row = this.#rows.get(Number(id));
    return row ? { ...row } : undefined;
  }

  create(values) {
    const row = { id: this.#nextId++, ...values };
    this.#rows.set(row.id, row);
    return { ...row };
  }

  replace(id, values) {
    return this.#store(id, () => values);
  }

  update(id, changes) {
    return this.#store(id, (current) => ({ ...current, ...changes }));
  }

  remove(id) {
    return this.#rows.delete(Number(id));
  }

  #store(id, change) {
    const key = Number(id);
    const current = this.#rows.get(key);
    if (!current) {
      return undefined;
    }
    const row = { id: key, ...change(current) };
    this.#rows.set(key, row);
    return { ...row };
  }
}

/** A fresh store with the sample rows; each call starts from the same data. */
export function createStore() {
  return Object.fromEntries(Object.entries(seed).map(([name, rows]) => [name, new Collection(rows)]));
}
