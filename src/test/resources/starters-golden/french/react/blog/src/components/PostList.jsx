import { byNewest, excerpt, meta } from "../posts.js";

export default function PostList({ posts, onOpen, onNew }) {
  const visible = [...posts].sort(byNewest);
  return (
    <section aria-labelledby="list-title">
      <div className="blog-toolbar">
        <h2 id="list-title">Derniers articles</h2>
        <button className="btn btn-primary" type="button" onClick={onNew}>
          Nouvel article
        </button>
      </div>
      {visible.length === 0 ? (
        <p className="empty">Aucun article pour l’instant. Écrivez le premier.</p>
      ) : (
        <div className="post-list">
          {visible.map((post) => (
            <article className="card post-card" key={post.id}>
              <h3>
                <button type="button" className="link" onClick={() => onOpen(post.id)}>
                  {post.title}
                </button>
              </h3>
              <p className="meta">
                {meta(post)}
              </p>
              <p>{excerpt(post.body)}</p>
            </article>
          ))}
        </div>
      )}
    </section>
  );
}
