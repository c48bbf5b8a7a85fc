
const SEED = [
«seed»
];
const FIELDS = [«fields»];

const listView = document.getElementById("list-view");
const postList = document.getElementById("post-list");
const empty = document.getElementById("empty");
const postView = document.getElementById("post-view");
const editor = document.getElementById("editor");
let posts = load("posts", SEED);
let view = { mode: "list", id: null };
«categoryState»
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
«renderCategories»  const visible = [...posts].sort(byNewest)«categoryFilter»;
  postList.replaceChildren(...visible.map(renderCard));
  empty.hidden = visible.length > 0;
}

function renderCard(post) {
  const card = document.createElement("article");
  card.className = "card post-card";
  const heading = document.createElement("h3");
  heading.append(button(post.title, "link", `«uiReadNamed:${post.title}»`, () => show("view", post.id)));
  const info = document.createElement("p");
  info.className = "meta";
  info.textContent = meta(post);
«badge»  const text = document.createElement("p");
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
«badge»  const paragraphs = String(post.body ?? "").split(/\n\s*\n/).map((paragraph) => {
    const element = document.createElement("p");
    element.textContent = paragraph;
    return element;
  });
  document.getElementById("view-body").replaceChildren(...paragraphs);
}

function openEditor(post) {
  editor.reset();
  document.getElementById("editor-title").textContent = post ? "«uiEditPost»" : "«uiNewPost»";
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
  if (post && confirm(`«uiConfirmDeleteQuoted:${post.title}»`)) {
    posts = posts.filter((candidate) => candidate.id !== post.id);
    save("posts", posts);
    show("list");
  }
});
for (const back of document.querySelectorAll('[data-action="back"]')) {
  back.addEventListener("click", () => show(view.mode === "edit" && view.id ? "view" : "list", view.id));
}
«categoryFunctions»
«themeCall»show("list");
