const ENTITIES = [
«entities»
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
      return value ? "«uiYes»" : "«uiNo»";
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
