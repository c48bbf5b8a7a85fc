import { useState } from "react";
import { APP_NAME } from "./config.js";
import { newId, useStoredState } from "./storage.js";
import { posts as samplePosts } from "./data/seed.js";
import PostEditor from "./components/PostEditor.jsx";
import PostList from "./components/PostList.jsx";
import PostView from "./components/PostView.jsx";

export default function App() {
  const [posts, setPosts] = useStoredState("posts", samplePosts);
  const [view, setView] = useState({ mode: "list", id: null });
  const post = posts.find((candidate) => candidate.id === view.id);

  function save(values) {
    const id = post ? post.id : newId();
    setPosts(post ? posts.map((candidate) => (candidate.id === id ? { ...candidate, ...values } : candidate)) : [...posts, { id, ...values }]);
    setView({ mode: "view", id });
  }

  function remove() {
    if (post && confirm(`Supprimer « ${post.title} » ?`)) {
      setPosts(posts.filter((candidate) => candidate.id !== post.id));
      setView({ mode: "list", id: null });
    }
  }

  let content;
  if (view.mode === "edit") {
    content = (
      <PostEditor
        key={view.id ?? "new"}
        post={post}
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
        posts={posts}
        onOpen={(id) => setView({ mode: "view", id })}
        onNew={() => setView({ mode: "edit", id: null })}
      />
    );
  }

  return (
    <>
      <header className="app-header">
        <div className="container header-inner">
          <h1>{APP_NAME}</h1>
        </div>
      </header>
      <main className="container blog">{content}</main>
      <footer className="site-footer">Créé avec le générateur hors ligne de Vectort. Vos données restent dans ce navigateur.</footer>
    </>
  );
}
