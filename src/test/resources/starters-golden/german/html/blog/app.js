const STORAGE_PREFIX = "mein-blog";

function load(name, fallback) {
  try {
    const saved = localStorage.getItem(`${STORAGE_PREFIX}:${name}`);
    return saved === null ? fallback : JSON.parse(saved);
  } catch {
    return fallback;
  }
}

function save(name, value) {
  try {
    localStorage.setItem(`${STORAGE_PREFIX}:${name}`, JSON.stringify(value));
  } catch {
    // No storage (a sandboxed preview, private mode, full quota): keep working in memory.
  }
}


function newId() {
  return Date.now().toString(36) + Math.random().toString(36).slice(2, 8);
}

function button(text, className, label, onClick) {
  const element = document.createElement("button");
  element.type = "button";
  element.className = className;
  element.textContent = text;
  element.setAttribute("aria-label", label);
  element.addEventListener("click", onClick);
  return element;
}

function formatDate(value) {
  return value ? new Date(`${value}T00:00:00`).toLocaleDateString() : "";
}

const SEED = [
  { id: "seed-1", title: "Willkommen im Blog", author: "Alex Morgan", publishedOn: "2025-03-01", body: "Hallo und willkommen! Das ist der erste Beitrag.\n\nBearbeite ihn, lösche ihn oder schreib einen neuen." },
  { id: "seed-2", title: "Was wir diesen Monat gelernt haben", author: "Sam Lee", publishedOn: "2025-03-15", body: "Ein Monat kleiner Experimente hat uns viel gelehrt.\n\nDie wichtigste Lehre: früh veröffentlichen und zuhören." },
  { id: "seed-3", title: "Fünf kleine Erfolge", author: "Alex Morgan", publishedOn: "2025-04-02", body: "Kleine Erfolge summieren sich.\n\nHier sind fünf, die unsere Woche besser gemacht haben, vom aufgeräumten Schreibtisch bis zu kurzen Meetings." },
];
const FIELDS = ["title", "author", "publishedOn", "body"];

const listView = document.getElementById("list-view");
const postList = document.getElementById("post-list");
const empty = document.getElementById("empty");
const postView = document.getElementById("post-view");
const editor = document.getElementById("editor");
let posts = load("posts", SEED);
let view = { mode: "list", id: null };

function show(mode, id = null) {
  view = { mode, id };
  listView.hidden = mode !== "list";
  postView.hidden = mode !== "view";
  editor.hidden = mode !== "edit";
  if (mode === "list") {
    renderList();
  } else if (mode === "view") {
    renderPost();
  }
  window.scrollTo({ top: 0 });
}

function meta(post) {
  return [formatDate(post.publishedOn), post.author].filter(Boolean).join(" · ");
}

function byNewest(a, b) {
  return String(b.publishedOn ?? "").localeCompare(String(a.publishedOn ?? ""));
}

function excerpt(body) {
  const first = String(body ?? "").split(/\n\s*\n/)[0];
  return first.length > 180 ? `${first.slice(0, 179)}…` : first;
}

function renderList() {
  const visible = [...posts].sort(byNewest);
  postList.replaceChildren(...visible.map(renderCard));
  empty.hidden = visible.length > 0;
}

function renderCard(post) {
  const card = document.createElement("article");
  card.className = "card post-card";
  const heading = document.createElement("h3");
  heading.append(button(post.title, "link", `${post.title} lesen`, () => show("view", post.id)));
  const info = document.createElement("p");
  info.className = "meta";
  info.textContent = meta(post);
  const text = document.createElement("p");
  text.textContent = excerpt(post.body);
  card.append(heading, info, text);
  return card;
}

function renderPost() {
  const post = posts.find((candidate) => candidate.id === view.id);
  if (!post) {
    show("list");
    return;
  }
  document.getElementById("view-title").textContent = post.title;
  const info = document.getElementById("view-meta");
  info.textContent = meta(post);
  const paragraphs = String(post.body ?? "").split(/\n\s*\n/).map((paragraph) => {
    const element = document.createElement("p");
    element.textContent = paragraph;
    return element;
  });
  document.getElementById("view-body").replaceChildren(...paragraphs);
}

function openEditor(post) {
  editor.reset();
  document.getElementById("editor-title").textContent = post ? "Beitrag bearbeiten" : "Neuer Beitrag";
  for (const name of FIELDS) {
    editor.elements.namedItem(name).value = post?.[name] ?? "";
  }
  if (!post) {
    editor.elements.namedItem("publishedOn").value = new Date().toISOString().slice(0, 10);
  }
  show("edit", post?.id ?? null);
  editor.elements.namedItem("title").focus();
}

editor.addEventListener("submit", (event) => {
  event.preventDefault();
  const values = Object.fromEntries(FIELDS.map((name) => [name, editor.elements.namedItem(name).value.trim() || null]));
  let id = view.id;
  if (id) {
    posts = posts.map((post) => (post.id === id ? { ...post, ...values } : post));
  } else {
    id = newId();
    posts = [...posts, { id, ...values }];
  }
  save("posts", posts);
  show("view", id);
});

document.getElementById("new-post").addEventListener("click", () => openEditor(null));
document.getElementById("edit-post").addEventListener("click", () => {
  openEditor(posts.find((post) => post.id === view.id));
});
document.getElementById("delete-post").addEventListener("click", () => {
  const post = posts.find((candidate) => candidate.id === view.id);
  if (post && confirm(`„${post.title}“ löschen?`)) {
    posts = posts.filter((candidate) => candidate.id !== post.id);
    save("posts", posts);
    show("list");
  }
});
for (const back of document.querySelectorAll('[data-action="back"]')) {
  back.addEventListener("click", () => show(view.mode === "edit" && view.id ? "view" : "list", view.id));
}

show("list");
