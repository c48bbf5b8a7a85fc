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
  text: (value) => (typeof value === "string" && value.length <= 200 ? null : "doit être un texte de 200 caractères au plus"),
  longtext: (value) => (typeof value === "string" && value.length <= 10000 ? null : "doit être un texte de 10000 caractères au plus"),
  number: (value) => (typeof value === "number" && Number.isFinite(value) ? null : "doit être un nombre"),
  money: (value) => (typeof value === "number" && Number.isFinite(value) && value >= 0 ? null : "doit être un montant de 0 ou plus"),
  date: (value) => (typeof value === "string" && DATE.test(value) && !Number.isNaN(Date.parse(value)) ? null : "doit être une date comme 2025-03-14"),
  boolean: (value) => (typeof value === "boolean" ? null : "doit valoir true ou false"),
  email: (value) => (typeof value === "string" && EMAIL.test(value) ? null : "doit être une adresse e-mail"),
  url: (value) => (typeof value === "string" && isHttpUrl(value) ? null : "doit être une URL http ou https"),
};

/**
 * Checks a request body against a list of fields. With `partial` (PATCH) missing fields are
 * left alone; otherwise they become null (false for true/false fields) unless required.
 */
export function validate(body, fields, { partial = false } = {}) {
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    return { value: {}, errors: [{ field: null, message: "Le corps de la requête doit être un objet JSON" }] };
  }
  const errors = [];
  const value = {};
  for (const key of Object.keys(body)) {
    if (key !== "id" && !fields.some((field) => field.name === key)) {
      errors.push({ field: key, message: `${key} n’est pas un champ connu` });
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
        errors.push({ field: field.name, message: `${field.label} est obligatoire` });
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
