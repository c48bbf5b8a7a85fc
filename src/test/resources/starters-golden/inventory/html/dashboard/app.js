const STORAGE_PREFIX = "bike-parts-inventory";

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

const ENTITIES = [
  {
    key: "parts",
    singular: "part",
    article: "a part",
    titleField: "name",
    fields: [
      { name: "name", label: "Name", type: "text", required: true },
      { name: "sku", label: "SKU", type: "text", required: false },
      { name: "price", label: "Price", type: "money", required: false },
      { name: "quantity", label: "Quantity", type: "number", required: false },
    ],
    seed: [
      { id: "seed-1", name: "Chain", sku: "CH-11S", price: 29.99, quantity: 12 },
      { id: "seed-2", name: "Brake pads", sku: "BP-DISC-2", price: 18.5, quantity: 30 },
      { id: "seed-3", name: "Inner tube", sku: "IT-700C", price: 7.25, quantity: 45 },
    ],
  },
  {
    key: "suppliers",
    singular: "supplier",
    article: "a supplier",
    titleField: "name",
    fields: [
      { name: "name", label: "Name", type: "text", required: true },
      { name: "email", label: "Email", type: "email", required: false },
      { name: "phone", label: "Phone", type: "text", required: false },
    ],
    seed: [
      { id: "seed-1", name: "Northwind Parts", email: "orders@northwind.example", phone: "+1 555 0100" },
      { id: "seed-2", name: "Velo Supply Co.", email: "sales@velosupply.example", phone: "+1 555 0142" },
      { id: "seed-3", name: "Summit Components", email: "hello@summit.example", phone: "+1 555 0199" },
    ],
  },
];

function format(field, value) {
  if (value === null || value === undefined || value === "") {
    return "";
  }
  switch (field.type) {
    case "money":
      return Number(value).toLocaleString(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    case "number":
      return Number(value).toLocaleString();
    case "boolean":
      return value ? "Yes" : "No";
    case "date":
      return formatDate(value);
    default:
      return String(value);
  }
}

function readForm(form, entity) {
  const record = {};
  for (const field of entity.fields) {
    const input = form.elements.namedItem(field.name);
    if (field.type === "boolean") {
      record[field.name] = input.checked;
    } else if (field.type === "number" || field.type === "money") {
      record[field.name] = input.value === "" ? null : Number(input.value);
    } else {
      record[field.name] = input.value.trim();
    }
  }
  return record;
}

function fillForm(form, entity, record) {
  for (const field of entity.fields) {
    const input = form.elements.namedItem(field.name);
    if (field.type === "boolean") {
      input.checked = Boolean(record[field.name]);
    } else {
      input.value = record[field.name] ?? "";
    }
  }
}

function matches(record, query) {
  const needle = query.trim().toLowerCase();
  return !needle || Object.entries(record).some(([key, value]) => key !== "id" && String(value ?? "").toLowerCase().includes(needle));
}

function setUpEntity(entity) {
  const form = document.getElementById(`${entity.key}-form`);
  const title = document.getElementById(`${entity.key}-form-title`);
  const submit = form.querySelector('button[type="submit"]');
  const cancel = form.querySelector('[data-action="cancel"]');
  const search = document.getElementById(`${entity.key}-search`);
  const rowsBody = document.getElementById(`${entity.key}-rows`);
  const empty = document.getElementById(`${entity.key}-empty`);
  const count = document.getElementById(`count-${entity.key}`);
  const columns = entity.fields.slice(0, 5);
  let rows = load(entity.key, entity.seed);
  let editingId = null;

  function render() {
    const visible = rows.filter((row) => matches(row, search.value));
    rowsBody.replaceChildren(...visible.map(renderRow));
    empty.hidden = visible.length > 0;
    count.textContent = String(rows.length);
  }

  function renderRow(row) {
    const tr = document.createElement("tr");
    for (const field of columns) {
      const td = document.createElement("td");
      td.textContent = format(field, row[field.name]);
      if (field.type === "number" || field.type === "money") {
        td.className = "num";
      } else if (field.type === "longtext") {
        td.className = "clip";
      }
      tr.append(td);
    }
    const actions = document.createElement("td");
    actions.className = "row-actions";
    const name = row[entity.titleField];
    actions.append(
      button("Edit", "btn btn-ghost btn-small", `Edit ${name}`, () => startEditing(row)),
      button("Delete", "btn btn-danger btn-small", `Delete ${name}`, () => remove(row)),
    );
    tr.append(actions);
    return tr;
  }

  function startEditing(row) {
    editingId = row.id;
    fillForm(form, entity, row);
    title.textContent = `Edit ${entity.singular}`;
    submit.textContent = `Save ${entity.singular}`;
    cancel.hidden = false;
    form.elements.namedItem(entity.titleField).focus();
  }

  function stopEditing() {
    editingId = null;
    form.reset();
    title.textContent = `Add ${entity.article}`;
    submit.textContent = `Add ${entity.singular}`;
    cancel.hidden = true;
  }

  function remove(row) {
    if (!confirm(`Delete ${row[entity.titleField]}?`)) {
      return;
    }
    rows = rows.filter((other) => other.id !== row.id);
    save(entity.key, rows);
    if (editingId === row.id) {
      stopEditing();
    }
    render();
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const record = readForm(form, entity);
    rows = editingId
      ? rows.map((row) => (row.id === editingId ? { id: editingId, ...record } : row))
      : [...rows, { id: newId(), ...record }];
    save(entity.key, rows);
    stopEditing();
    render();
  });
  cancel.addEventListener("click", stopEditing);
  search.addEventListener("input", render);
  render();
}

function setUpTabs() {
  const tabs = [...document.querySelectorAll('[role="tab"]')];
  function select(key) {
    for (const tab of tabs) {
      const selected = tab.dataset.tab === key;
      tab.setAttribute("aria-selected", String(selected));
      tab.tabIndex = selected ? 0 : -1;
      document.getElementById(`panel-${tab.dataset.tab}`).hidden = !selected;
    }
    save("tab", key);
  }
  for (const tab of tabs) {
    tab.addEventListener("click", () => select(tab.dataset.tab));
  }
  const saved = load("tab", null);
  select(tabs.some((tab) => tab.dataset.tab === saved) ? saved : tabs[0].dataset.tab);
}

setUpTabs();
ENTITIES.forEach(setUpEntity);
