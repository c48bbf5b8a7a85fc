const DATE = /^\d{4}-\d{2}-\d{2}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function isHttpUrl(value) {
  try {
    return ["http:", "https:"].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

// Each check answers null when the value is fine, or what is wrong with it.
const CHECKS = {
  text: (value) => (typeof value === "string" && value.length <= 200 ? null : "muss ein Text mit höchstens 200 Zeichen sein"),
  longtext: (value) => (typeof value === "string" && value.length <= 10000 ? null : "muss ein Text mit höchstens 10000 Zeichen sein"),
  number: (value) => (typeof value === "number" && Number.isFinite(value) ? null : "muss eine Zahl sein"),
  money: (value) => (typeof value === "number" && Number.isFinite(value) && value >= 0 ? null : "muss ein Betrag von 0 oder mehr sein"),
  date: (value) => (typeof value === "string" && DATE.test(value) && !Number.isNaN(Date.parse(value)) ? null : "muss ein Datum wie 2025-03-14 sein"),
  boolean: (value) => (typeof value === "boolean" ? null : "muss true oder false sein"),
  email: (value) => (typeof value === "string" && EMAIL.test(value) ? null : "muss eine E-Mail-Adresse sein"),
  url: (value) => (typeof value === "string" && isHttpUrl(value) ? null : "muss eine http- oder https-URL sein"),
};

/**
 * Checks a request body against a list of fields. With `partial` (PATCH) missing fields are
 * left alone; otherwise they become null (false for true/false fields) unless required.
 */
export function validate(body, fields, { partial = false } = {}) {
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    return { value: {}, errors: [{ field: null, message: "Der Request-Body muss ein JSON-Objekt sein" }] };
  }
  const errors = [];
  const value = {};
  for (const key of Object.keys(body)) {
    if (key !== "id" && !fields.some((field) => field.name === key)) {
      errors.push({ field: key, message: `${key} ist kein bekanntes Feld` });
    }
  }
  for (const field of fields) {
    const given = body[field.name];
    const missing = given === undefined;
    const blank = missing || given === null || (typeof given === "string" && given.trim() === "");
    if (blank) {
      if (partial && missing) {
        continue;
      }
      if (field.required) {
        errors.push({ field: field.name, message: `${field.label} ist ein Pflichtfeld` });
      } else {
        value[field.name] = field.type === "boolean" ? false : null;
      }
      continue;
    }
    const problem = CHECKS[field.type](given);
    if (problem) {
      errors.push({ field: field.name, message: `${field.label} ${problem}` });
    } else {
      value[field.name] = typeof given === "string" ? given.trim() : given;
    }
  }
  return { value, errors };
}
