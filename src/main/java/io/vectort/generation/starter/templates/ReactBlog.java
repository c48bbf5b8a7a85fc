package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;
import java.util.List;
import java.util.SequencedMap;

/** The React blog: post list, post view and editor components, switched by a small view state. */
final class ReactBlog {

    private static final String APP = """
            import { useState } from "react";
            import { APP_NAME } from "./config.js";
            import { newId, useStoredState } from "./storage.js";
            import { posts as samplePosts } from "./data/seed.js";
            «categoriesImport»import PostEditor from "./components/PostEditor.jsx";
            import PostList from "./components/PostList.jsx";
            import PostView from "./components/PostView.jsx";
            «themeImport»
            export default function App() {
              const [posts, setPosts] = useStoredState("posts", samplePosts);
              const [view, setView] = useState({ mode: "list", id: null });
              const post = posts.find((candidate) => candidate.id === view.id);
            «categoriesState»
              function save(values) {
                const id = post ? post.id : newId();
                setPosts(post ? posts.map((candidate) => (candidate.id === id ? { ...candidate, ...values } : candidate)) : [...posts, { id, ...values }]);
                setView({ mode: "view", id });
              }

              function remove() {
                if (post && confirm(`Delete "${post.title}"?`)) {
                  setPosts(posts.filter((candidate) => candidate.id !== post.id));
                  setView({ mode: "list", id: null });
                }
              }

              let content;
              if (view.mode === "edit") {
                content = (
                  <PostEditor
                    key={view.id ?? "new"}
                    post={post}«categoriesProp»
                    onSave={save}
                    onCancel={() => setView({ mode: post ? "view" : "list", id: view.id })}
                  />
                );
              } else if (view.mode === "view" && post) {
                content = (
                  <PostView
                    post={post}
                    onBack={() => setView({ mode: "list", id: null })}
                    onEdit={() => setView({ mode: "edit", id: post.id })}
                    onDelete={remove}
                  />
                );
              } else {
                content = (
                  <PostList
                    posts={posts}«categoriesProp»
                    onOpen={(id) => setView({ mode: "view", id })}
                    onNew={() => setView({ mode: "edit", id: null })}
                  />
                );
              }

              return (
                <>
            «header»
                  <main className="container blog">{content}</main>
            «footer»
                </>
              );
            }
            """;

    private ReactBlog() {}

    static void addFiles(AppSpec spec, SequencedMap<String, String> files) {
        boolean categories = spec.has("category");
        files.put(
                "src/App.jsx",
                Template.of(APP)
                        .with("categoriesImport", categories ? "import { categoriesOf } from \"./posts.js\";\n" : "")
                        .with("themeImport", ReactProject.themeImport(spec))
                        .with("categoriesState", categories ? "  const categories = categoriesOf(posts);\n" : "")
                        .with("categoriesProp", categories ? "\n          categories={categories}" : "")
                        .with("header", ReactProject.header(spec))
                        .with("footer", ReactProject.FOOTER)
                        .render());
        files.put("src/dates.js", TemplateTexts.get("shared/vite/dates.js"));
        files.put("src/posts.js", PostsModule.render(spec));
        files.put("src/data/seed.js", SeedModule.render(List.of(spec.primary())));
        files.put("src/components/PostList.jsx", ReactBlogComponents.list(categories));
        files.put("src/components/PostView.jsx", ReactBlogComponents.view(categories));
        files.put("src/components/PostEditor.jsx", ReactBlogComponents.editor(categories));
    }
}
