import { useState } from "react";

export default function TerminForm({ onAdd }) {
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
        Neu: Termin
      </label>
      <input
        id="new-title"
        type="text"
        placeholder="Hinzufügen: Termin"
        autoComplete="off"
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        required
      />
      <label className="sr-only" htmlFor="new-due">
        Fällig am
      </label>
      <input id="new-due" type="date" value={dueDate} onChange={(event) => setDueDate(event.target.value)} />
      <button className="btn btn-primary" type="submit">
        Hinzufügen
      </button>
    </form>
  );
}
