/** Display and form helpers shared by the entity panels. */
export function formatValue(type, value) {
  if (value === null || value === undefined || value === "") {
    return "";
  }
  switch (type) {
    case "money":
      return Number(value).toLocaleString(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    case "number":
      return Number(value).toLocaleString();
    case "boolean":
      return value ? "Oui" : "Non";
    case "date":
      return new Date(`${value}T00:00:00`).toLocaleDateString();
    default:
      return String(value);
  }
}

export function toNumber(value) {
  return value === "" || value === null || value === undefined ? null : Number(value);
}

export function matches(record, query) {
  const needle = query.trim().toLowerCase();
  return !needle || Object.entries(record).some(([key, value]) => key !== "id" && String(value ?? "").toLowerCase().includes(needle));
}

/** A record as form values: inputs want strings or booleans, never null. */
export function toDraft(record, empty) {
  return Object.fromEntries(Object.entries(empty).map(([key, blank]) => [key, record[key] ?? blank]));
}
