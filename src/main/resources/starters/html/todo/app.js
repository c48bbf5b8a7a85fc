
const NOUN = { one: «one», many: «many» };
const SEED = [
«seed»
];
const FILTERS = {
  all: () => true,
  active: (item) => !item.done,
  done: (item) => item.done,
};

const form = document.getElementById("add-form");
const list = document.getElementById("todo-items");
const empty = document.getElementById("empty");
const remaining = document.getElementById("remaining");
const filterButtons = [...document.querySelectorAll("[data-filter]")];
let items = load(«storageKey», SEED);
let filter = "all";

function persist() {
  save(«storageKey», items);
  render();
}

function render() {
  const visible = items.filter(FILTERS[filter]);
  list.replaceChildren(...visible.map(renderItem));
  empty.hidden = visible.length > 0;
  const open = items.filter((item) => !item.done).length;
  remaining.textContent = `${open} ${open === 1 ? NOUN.one : NOUN.many} «uiLeft»`;
  for (const filterButton of filterButtons) {
    filterButton.setAttribute("aria-pressed", String(filterButton.dataset.filter === filter));
  }
}

function renderItem(item) {
  const li = document.createElement("li");
  li.className = item.done ? "todo-item done" : "todo-item";
  const label = document.createElement("label");
  const checkbox = document.createElement("input");
  checkbox.type = "checkbox";
  checkbox.checked = item.done;
  checkbox.addEventListener("change", () => {
    items = items.map((other) => (other.id === item.id ? { ...other, done: checkbox.checked } : other));
    persist();
  });
  const title = document.createElement("span");
  title.className = "todo-title";
  title.textContent = item.title;
  label.append(checkbox, title);
  li.append(label);
  if (item.dueDate) {
    const overdue = !item.done && item.dueDate < toIsoDate(new Date());
    const due = document.createElement("span");
    due.className = overdue ? "due overdue" : "due";
    due.textContent = `${overdue ? "«uiOverdue»" : "«uiDue»"} ${formatDate(item.dueDate)}`;
    li.append(due);
  }
  li.append(
    button("«uiDelete»", "btn btn-danger btn-small", `«uiDelete» ${item.title}`, () => {
      items = items.filter((other) => other.id !== item.id);
      persist();
    }),
  );
  return li;
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const title = form.elements.namedItem("title").value.trim();
  if (!title) {
    return;
  }
  const dueDate = form.elements.namedItem("dueDate").value || null;
  items = [...items, { id: newId(), title, dueDate, done: false }];
  form.reset();
  persist();
});

for (const filterButton of filterButtons) {
  filterButton.addEventListener("click", () => {
    filter = filterButton.dataset.filter;
    render();
  });
}

document.getElementById("clear-done").addEventListener("click", () => {
  items = items.filter((item) => !item.done);
  persist();
});

«themeCall»render();
