/** Every error answer has the same JSON shape: { error, message } plus details. */
export function notFound(res, message) {
  res.status(404).json({ error: "not_found", message });
}

export function invalid(res, fields) {
  res.status(400).json({ error: "validation_failed", message: "Certains champs ne sont pas valides", fields });
}

/** Express calls this for thrown errors and for bodies express.json() could not read. */
export function handleError(error, req, res, next) {
  if (res.headersSent) {
    next(error);
    return;
  }
  if (error.type === "entity.parse.failed") {
    res.status(400).json({ error: "invalid_json", message: "Le corps de la requête n’est pas un JSON valide" });
    return;
  }
  const status = error.status ?? error.statusCode ?? 500;
  if (status >= 500) {
    console.error(error);
    res.status(500).json({ error: "internal_error", message: "Une erreur est survenue" });
    return;
  }
  res.status(status).json({ error: "bad_request", message: error.message });
}
