
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
      button("«uiEdit»", "btn btn-ghost btn-small", `«uiEditNamed:${name}»`, () => startEditing(row)),
      button("«uiDelete»", "btn btn-danger btn-small", `«uiDeleteNamed:${name}»`, () => remove(row)),
    );
    tr.append(actions);
    return tr;
  }

  function startEditing(row) {
    editingId = row.id;
    fillForm(form, entity, row);
    title.textContent = `«uiEditNoun:${entity.singular}»`;
    submit.textContent = `«uiSaveNoun:${entity.singular}»`;
    cancel.hidden = false;
    form.elements.namedItem(entity.titleField).focus();
  }

  function stopEditing() {
    editingId = null;
    form.reset();
    title.textContent = `«uiAddNoun:${entity.article}»`;
    submit.textContent = `«uiAddNoun:${entity.singular}»`;
    cancel.hidden = true;
  }

  function remove(row) {
    if (!confirm(`«uiConfirmDelete:${row[entity.titleField]}»`)) {
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
