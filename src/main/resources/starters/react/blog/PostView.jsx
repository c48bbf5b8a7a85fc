import { meta, paragraphs } from "../posts.js";

export default function PostView({ post, onBack, onEdit, onDelete }) {
  return (
    <article className="card article">
      <button className="btn btn-ghost btn-small" type="button" onClick={onBack}>
        «uiBackToPosts»
      </button>
      <h2>{post.title}</h2>
      <p className="meta">
        {meta(post)}«badge»
      </p>
      <div className="article-body">
        {paragraphs(post.body).map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </div>
      <div className="form-actions">
        <button className="btn btn-ghost" type="button" onClick={onEdit}>
          «uiEdit»
        </button>
        <button className="btn btn-danger" type="button" onClick={onDelete}>
          «uiDelete»
        </button>
      </div>
    </article>
  );
}
