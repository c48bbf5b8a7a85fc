package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;
import io.vectort.generation.starter.spec.Field;
import java.util.stream.Collectors;

/** The plain-HTML blog: a post list (with a category filter when asked for), a post view, an editor. */
final class HtmlBlog {

    private static final String MAIN = """
                <main class="container blog">
                  <section id="list-view" aria-labelledby="list-title">
                    <div class="blog-toolbar">
                      <h2 id="list-title">Latest posts</h2>
                      <button class="btn btn-primary" type="button" id="new-post">New post</button>
                    </div>
            «chips»        <div class="post-list" id="post-list"></div>
                    <p class="empty" id="empty" hidden>No posts here yet. Write the first one.</p>
                  </section>
                  <article class="card article" id="post-view" hidden>
                    <button class="btn btn-ghost btn-small" type="button" data-action="back">Back to all posts</button>
                    <h2 id="view-title"></h2>
                    <p class="meta" id="view-meta"></p>
                    <div class="article-body" id="view-body"></div>
                    <div class="form-actions">
                      <button class="btn btn-ghost" type="button" id="edit-post">Edit</button>
                      <button class="btn btn-danger" type="button" id="delete-post">Delete</button>
                    </div>
                  </article>
                  <form class="card editor" id="editor" hidden>
                    <h2 id="editor-title">New post</h2>
                    <div class="field">
                      <label for="post-title">Title</label>
                      <input id="post-title" name="title" type="text" required />
                    </div>
                    <div class="field">
                      <label for="post-author">Author</label>
                      <input id="post-author" name="author" type="text" />
                    </div>
                    <div class="field">
                      <label for="post-published">Published on</label>
                      <input id="post-published" name="publishedOn" type="date" />
                    </div>
            «categoryField»        <div class="field">
                      <label for="post-body">Text</label>
                      <textarea id="post-body" name="body" rows="12" required></textarea>
                    </div>
                    <div class="form-actions">
                      <button class="btn btn-primary" type="submit">Publish</button>
                      <button class="btn btn-ghost" type="button" data-action="back">Cancel</button>
                    </div>
                  </form>
                </main>
            """;

    private static final String CHIPS =
            "        <div class=\"chips\" id=\"categories\" role=\"group\" aria-label=\"Filter by category\"></div>\n";

    private static final String CATEGORY_FIELD = """
                    <div class="field">
                      <label for="post-category">Category</label>
                      <input id="post-category" name="category" type="text" list="category-options" />
                      <datalist id="category-options"></datalist>
                    </div>
            """;

    private HtmlBlog() {}

    static String index(AppSpec spec, String description) {
        boolean categories = spec.has("category");
        String main = Template.of(MAIN)
                .with("chips", categories ? CHIPS : "")
                .with("categoryField", categories ? CATEGORY_FIELD : "")
                .render();
        return HtmlShell.appPage(spec, description, main);
    }

    static String script(AppSpec spec) {
        boolean categories = spec.has("category");
        return VanillaScripts.storage(spec)
                + VanillaScripts.NEW_ID
                + VanillaScripts.BUTTON
                + VanillaScripts.FORMAT_DATE
                + VanillaScripts.theme(spec)
                + Template.of(HtmlBlogScript.SCRIPT)
                        .with("seed", Js.rows(spec.primary(), "  ", true))
                        .with(
                                "fields",
                                spec.primary().fields().stream()
                                        .map(Field::key)
                                        .map(Js::str)
                                        .collect(Collectors.joining(", ")))
                        .with("categoryState", categories ? "let category = null;\n" : "")
                        .with(
                                "categoryFilter",
                                categories ? ".filter((post) => !category || post.category === category)" : "")
                        .with("renderCategories", categories ? "  renderCategories();\n" : "")
                        .with("badge", categories ? HtmlBlogScript.BADGE : "")
                        .with("categoryFunctions", categories ? HtmlBlogScript.CATEGORY_FUNCTIONS : "")
                        .with("themeCall", VanillaScripts.themeCall(spec))
                        .render();
    }
}
