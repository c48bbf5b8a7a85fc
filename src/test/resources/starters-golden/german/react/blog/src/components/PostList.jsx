import { byNewest, excerpt, meta } from "../posts.js";

export default function PostList({ posts, onOpen, onNew }) {
  const visible = [...posts].sort(byNewest);
  return (
    <section aria-labelledby="list-title">
      <div className="blog-toolbar">
        <h2 id="list-title">Neueste Beiträge</h2>
        <button className="btn btn-primary" type="button" onClick={onNew}>
          Neuer Beitrag
        </button>
      </div>
      {visible.length === 0 ? (
        <p className="empty">Hier gibt es noch keine Beiträge. Schreib den ersten.</p>
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
