«stateImport»import { byNewest, excerpt, meta } from "../posts.js";

export default function PostList({ posts, «categoriesParam»onOpen, onNew }) {
«categoryState»  const visible = [...posts].sort(byNewest)«categoryFilter»;
  return (
    <section aria-labelledby="list-title">
      <div className="blog-toolbar">
        <h2 id="list-title">«uiLatestPosts»</h2>
        <button className="btn btn-primary" type="button" onClick={onNew}>
          «uiNewPost»
        </button>
      </div>
«chips»      {visible.length === 0 ? (
        <p className="empty">«uiNoPosts»</p>
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
                {meta(post)}«badge»
              </p>
              <p>{excerpt(post.body)}</p>
            </article>
          ))}
        </div>
      )}
    </section>
  );
}
