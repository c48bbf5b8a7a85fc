package io.vectort.generation.starter.templates;

/** The React blog's components; the category filter, badge and input are in only when asked for. */
final class ReactBlogComponents {

    private static final String LIST = """
            «stateImport»import { byNewest, excerpt, meta } from "../posts.js";

            export default function PostList({ posts, «categoriesParam»onOpen, onNew }) {
            «categoryState»  const visible = [...posts].sort(byNewest)«categoryFilter»;
              return (
                <section aria-labelledby="list-title">
                  <div className="blog-toolbar">
                    <h2 id="list-title">Latest posts</h2>
                    <button className="btn btn-primary" type="button" onClick={onNew}>
                      New post
                    </button>
                  </div>
            «chips»      {visible.length === 0 ? (
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
            """;

    private static final String CHIPS = """
                  <div className="chips" role="group" aria-label="Filter by category">
                    {[null, ...categories].map((name) => (
                      <button key={name ?? "all"} type="button" className="chip" aria-pressed={active === name} onClick={() => setCategory(name)}>
                        {name ?? "All"}
                      </button>
                    ))}
                  </div>
            """;

    // On the meta line: JSX keeps the space between the two expressions.
    private static final String BADGE = " {post.category && <span className=\"badge\">{post.category}</span>}";

    private static final String VIEW = """
            import { meta, paragraphs } from "../posts.js";

            export default function PostView({ post, onBack, onEdit, onDelete }) {
              return (
                <article className="card article">
                  <button className="btn btn-ghost btn-small" type="button" onClick={onBack}>
                    Back to all posts
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
                      Edit
                    </button>
                    <button className="btn btn-danger" type="button" onClick={onDelete}>
                      Delete
                    </button>
                  </div>
                </article>
              );
            }
            """;

    private static final String EDITOR = """
            import { useState } from "react";
            import { EMPTY_POST } from "../posts.js";

            function draftOf(post) {
              if (!post) {
                return { ...EMPTY_POST, publishedOn: new Date().toISOString().slice(0, 10) };
              }
              return Object.fromEntries(Object.keys(EMPTY_POST).map((key) => [key, post[key] ?? ""]));
            }

            export default function PostEditor({ post, «categoriesParam»onSave, onCancel }) {
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
                  <h2>{post ? "Edit post" : "New post"}</h2>
                  <div className="field">
                    <label htmlFor="post-title">Title</label>
                    <input id="post-title" name="title" type="text" value={draft.title} onChange={change} required autoFocus />
                  </div>
                  <div className="field">
                    <label htmlFor="post-author">Author</label>
                    <input id="post-author" name="author" type="text" value={draft.author} onChange={change} />
                  </div>
                  <div className="field">
                    <label htmlFor="post-published">Published on</label>
                    <input id="post-published" name="publishedOn" type="date" value={draft.publishedOn} onChange={change} />
                  </div>
            «categoryField»      <div className="field">
                    <label htmlFor="post-body">Text</label>
                    <textarea id="post-body" name="body" rows={12} value={draft.body} onChange={change} required />
                  </div>
                  <div className="form-actions">
                    <button className="btn btn-primary" type="submit">
                      Publish
                    </button>
                    <button className="btn btn-ghost" type="button" onClick={onCancel}>
                      Cancel
                    </button>
                  </div>
                </form>
              );
            }
            """;

    private static final String CATEGORY_FIELD = """
                  <div className="field">
                    <label htmlFor="post-category">Category</label>
                    <input id="post-category" name="category" type="text" list="category-options" value={draft.category} onChange={change} />
                    <datalist id="category-options">
                      {categories.map((name) => (
                        <option key={name} value={name} />
                      ))}
                    </datalist>
                  </div>
            """;

    private ReactBlogComponents() {}

    static String list(boolean categories) {
        return Template.of(LIST)
                .with("stateImport", categories ? "import { useState } from \"react\";\n" : "")
                .with("categoriesParam", categories ? "categories, " : "")
                .with(
                        "categoryState",
                        categories
                                ? "  const [category, setCategory] = useState(null);\n"
                                        + "  const active = categories.includes(category) ? category : null;\n"
                                : "")
                .with("categoryFilter", categories ? ".filter((post) => !active || post.category === active)" : "")
                .with("chips", categories ? CHIPS : "")
                .with("badge", categories ? BADGE : "")
                .render();
    }

    static String view(boolean categories) {
        return Template.of(VIEW).with("badge", categories ? BADGE : "").render();
    }

    static String editor(boolean categories) {
        return Template.of(EDITOR)
                .with("categoriesParam", categories ? "categories, " : "")
                .with("categoryField", categories ? CATEGORY_FIELD : "")
                .render();
    }
}
