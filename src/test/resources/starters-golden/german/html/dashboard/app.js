const STORAGE_PREFIX = "termine";

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
    key: "termine",
    singular: "Termin",
    article: "Termin",
    titleField: "title",
    fields: [
      { name: "title", label: "Titel", type: "text", required: true },
      { name: "date", label: "Datum", type: "date", required: false },
      { name: "location", label: "Ort", type: "text", required: false },
      { name: "notes", label: "Notizen", type: "longtext", required: false },
    ],
    seed: [
      { id: "seed-1", title: "Wochenplanung", date: "2025-03-17", location: "Raum 2", notes: "Tagesordnung im geteilten Dokument." },
      { id: "seed-2", title: "Design-Review", date: "2025-03-19", location: "Videoanruf", notes: "Prototypen mitbringen." },
      { id: "seed-3", title: "Quartalsauftakt", date: "2025-04-01", location: "Großer Saal", notes: "Alle zusammen." },
    ],
  },
  {
    key: "patienten",
    singular: "Patient",
    article: "Patient",
    titleField: "name",
    fields: [
      { name: "name", label: "Name", type: "text", required: true },
      { name: "dateOfBirth", label: "Geburtsdatum", type: "date", required: false },
      { name: "phone", label: "Telefon", type: "text", required: false },
      { name: "lastVisit", label: "Letzter Besuch", type: "date", required: false },
    ],
    seed: [
      { id: "seed-1", name: "Henry Ford", dateOfBirth: "1963-07-30", phone: "+1 555 0120", lastVisit: "2025-02-11" },
      { id: "seed-2", name: "Amelia Earhart", dateOfBirth: "1987-07-24", phone: "+1 555 0121", lastVisit: "2025-01-20" },
      { id: "seed-3", name: "Marie Curie", dateOfBirth: "1967-11-07", phone: "+1 555 0122", lastVisit: "2025-03-03" },
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
      return value ? "Ja" : "Nein";
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
      button("Bearbeiten", "btn btn-ghost btn-small", `${name} bearbeiten`, () => startEditing(row)),
      button("Löschen", "btn btn-danger btn-small", `${name} löschen`, () => remove(row)),
    );
    tr.append(actions);
    return tr;
  }

  function startEditing(row) {
    editingId = row.id;
    fillForm(form, entity, row);
    title.textContent = `Bearbeiten: ${entity.singular}`;
    submit.textContent = `Speichern: ${entity.singular}`;
    cancel.hidden = false;
    form.elements.namedItem(entity.titleField).focus();
  }

  function stopEditing() {
    editingId = null;
    form.reset();
    title.textContent = `Hinzufügen: ${entity.article}`;
    submit.textContent = `Hinzufügen: ${entity.singular}`;
    cancel.hidden = true;
  }

  function remove(row) {
    if (!confirm(`${row[entity.titleField]} löschen?`)) {
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
