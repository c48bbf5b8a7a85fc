import { useState } from "react";
import { byNewest, excerpt, meta } from "../posts.js";

export default function PostList({ posts, categories, onOpen, onNew }) {
  const [category, setCategory] = useState(null);
  const active = categories.includes(category) ? category : null;
  const visible = [...posts].sort(byNewest).filter((post) => !active || post.category === active);
  return (
    <section aria-labelledby="list-title">
      <div className="blog-toolbar">
        <h2 id="list-title">Latest posts</h2>
        <button className="btn btn-primary" type="button" onClick={onNew}>
          New post
        </button>
      </div>
      <div className="chips" role="group" aria-label="Filter by category">
        {[null, ...categories].map((name) => (
          <button key={name ?? "all"} type="button" className="chip" aria-pressed={active === name} onClick={() => setCategory(name)}>
            {name ?? "All"}
          </button>
        ))}
      </div>
      {visible.length === 0 ? (
        <p className="empty">No posts here yet. Write the first one.</p>
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
                {meta(post)} {post.category && <span className="badge">{post.category}</span>}
              </p>
              <p>{excerpt(post.body)}</p>
            </article>
          ))}
        </div>
      )}
    </section>
  );
}
