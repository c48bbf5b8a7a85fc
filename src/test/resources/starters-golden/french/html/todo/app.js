const STORAGE_PREFIX = "rendez-vous";

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

function toIsoDate(date) {
  const month = String(date.getMonth() + 1).padStart(2, "0");
  const day = String(date.getDate()).padStart(2, "0");
  return `${date.getFullYear()}-${month}-${day}`;
}

function daysFromToday(days) {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return toIsoDate(date);
}

const NOUN = { one: "rendez-vous", many: "rendez-vous" };
const SEED = [
  { id: "seed-1", title: "Planification hebdomadaire", dueDate: daysFromToday(1), done: false },
  { id: "seed-2", title: "Revue de design", dueDate: null, done: false },
  { id: "seed-3", title: "Lancement du trimestre", dueDate: daysFromToday(-1), done: true },
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
let items = load("rendezVous", SEED);
let filter = "all";

function persist() {
  save("rendezVous", items);
  render();
}

function render() {
  const visible = items.filter(FILTERS[filter]);
  list.replaceChildren(...visible.map(renderItem));
  empty.hidden = visible.length > 0;
  const open = items.filter((item) => !item.done).length;
  remaining.textContent = `${open} ${open === 1 ? NOUN.one : NOUN.many} à faire`;
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
    due.textContent = `${overdue ? "En retard" : "Échéance"} ${formatDate(item.dueDate)}`;
    li.append(due);
  }
  li.append(
    button("Supprimer", "btn btn-danger btn-small", `Supprimer ${item.title}`, () => {
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

render();
