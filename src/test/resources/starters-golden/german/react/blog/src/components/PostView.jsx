import { meta, paragraphs } from "../posts.js";

export default function PostView({ post, onBack, onEdit, onDelete }) {
  return (
    <article className="card article">
      <button className="btn btn-ghost btn-small" type="button" onClick={onBack}>
        Zurück zu allen Beiträgen
      </button>
      <h2>{post.title}</h2>
      <p className="meta">
        {meta(post)}
      </p>
      <div className="article-body">
        {paragraphs(post.body).map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </div>
      <div className="form-actions">
        <button className="btn btn-ghost" type="button" onClick={onEdit}>
          Bearbeiten
        </button>
        <button className="btn btn-danger" type="button" onClick={onDelete}>
          Löschen
        </button>
      </div>
    </article>
  );
}
