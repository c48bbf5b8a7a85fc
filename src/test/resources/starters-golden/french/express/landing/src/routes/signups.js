import { Router } from "express";
import { invalid, notFound } from "../errors.js";
import { validate } from "../validation.js";

export const signupsFields = [
  { name: "name", label: "Nom", type: "text", required: true },
  { name: "email", label: "E-mail", type: "email", required: true },
];

/** CRUD routes for signups, mounted at /api/signups. */
export function signupsRouter(collection) {
  const router = Router();

  router.get("/", (req, res) => {
    res.json(collection.list(req.query));
  });

  router.get("/:id", (req, res) => {
    const record = collection.get(req.params.id);
    if (!record) {
      return missing(res, req.params.id);
    }
    res.json(record);
  });

  router.post("/", (req, res) => {
    const { value, errors } = validate(req.body, signupsFields);
    if (errors.length > 0) {
      return invalid(res, errors);
    }
    const record = collection.create(value);
    res.status(201).location(`/api/signups/${record.id}`).json(record);
  });

  router.put("/:id", (req, res) => {
    if (!collection.get(req.params.id)) {
      return missing(res, req.params.id);
    }
    const { value, errors } = validate(req.body, signupsFields);
    if (errors.length > 0) {
      return invalid(res, errors);
    }
    res.json(collection.replace(req.params.id, value));
  });

  router.patch("/:id", (req, res) => {
    if (!collection.get(req.params.id)) {
      return missing(res, req.params.id);
    }
    const { value, errors } = validate(req.body, signupsFields, { partial: true });
    if (errors.length > 0) {
      return invalid(res, errors);
    }
    res.json(collection.update(req.params.id, value));
  });

  router.delete("/:id", (req, res) => {
    if (!collection.remove(req.params.id)) {
      return missing(res, req.params.id);
    }
    res.status(204).end();
  });

  return router;
}

function missing(res, id) {
  notFound(res, `Signup ${id} est introuvable`);
}
