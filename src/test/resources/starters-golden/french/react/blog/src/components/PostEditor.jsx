import { useState } from "react";
import { EMPTY_POST } from "../posts.js";

function draftOf(post) {
  if (!post) {
    return { ...EMPTY_POST, publishedOn: new Date().toISOString().slice(0, 10) };
  }
  return Object.fromEntries(Object.keys(EMPTY_POST).map((key) => [key, post[key] ?? ""]));
}

export default function PostEditor({ post, onSave, onCancel }) {
  const [draft, setDraft] = useState(() => draftOf(post));

  function change(event) {
    const { name, value } = event.target;
    setDraft((current) => ({ ...current, [name]: value }));
  }

  function submit(event) {
    event.preventDefault();
    onSave(Object.fromEntries(Object.entries(draft).map(([key, value]) => [key, value.trim() || null])));
  }

  return (
    <form className="card editor" onSubmit={submit}>
      <h2>{post ? "Modifier l’article" : "Nouvel article"}</h2>
      <div className="field">
        <label htmlFor="post-title">Titre</label>
        <input id="post-title" name="title" type="text" value={draft.title} onChange={change} required autoFocus />
      </div>
      <div className="field">
        <label htmlFor="post-author">Auteur</label>
        <input id="post-author" name="author" type="text" value={draft.author} onChange={change} />
      </div>
      <div className="field">
        <label htmlFor="post-published">Publié le</label>
        <input id="post-published" name="publishedOn" type="date" value={draft.publishedOn} onChange={change} />
      </div>
      <div className="field">
        <label htmlFor="post-body">Texte</label>
        <textarea id="post-body" name="body" rows={12} value={draft.body} onChange={change} required />
      </div>
      <div className="form-actions">
        <button className="btn btn-primary" type="submit">
          Publier
        </button>
        <button className="btn btn-ghost" type="button" onClick={onCancel}>
          Annuler
        </button>
      </div>
    </form>
  );
}
