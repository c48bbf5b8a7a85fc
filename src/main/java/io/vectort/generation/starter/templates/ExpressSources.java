package io.vectort.generation.starter.templates;

/** The parts of a generated Express API that do not depend on the description. */
final class ExpressSources {

    static final String STORE = """
            import * as seed from "./seed.js";

            /**
             * An in-memory table with numeric ids. It hands out copies, so callers can never change a
             * stored row by accident.
             */
            export class Collection {
              #rows = new Map();
              #nextId = 1;

              constructor(rows = []) {
                for (const row of rows) {
                  this.create(row);
                }
              }

              /** All rows; `q` searches every field, any other key filters on that field's value. */
              list(query = {}) {
                const { q, ...filters } = query;
                const needle = typeof q === "string" ? q.trim().toLowerCase() : "";
                return [...this.#rows.values()]
                  .filter((row) => !needle || Object.values(row).some((value) => String(value ?? "").toLowerCase().includes(needle)))
                  .filter((row) => Object.entries(filters).every(([key, value]) => !(key in row) || String(row[key]) === String(value)))
                  .map((row) => ({ ...row }));
              }

              get(id) {
                const row = this.#rows.get(Number(id));
                return row ? { ...row } : undefined;
              }

              create(values) {
                const row = { id: this.#nextId++, ...values };
                this.#rows.set(row.id, row);
                return { ...row };
              }

              replace(id, values) {
                return this.#store(id, () => values);
              }

              update(id, changes) {
                return this.#store(id, (current) => ({ ...current, ...changes }));
              }

              remove(id) {
                return this.#rows.delete(Number(id));
              }

              #store(id, change) {
                const key = Number(id);
                const current = this.#rows.get(key);
                if (!current) {
                  return undefined;
                }
                const row = { id: key, ...change(current) };
                this.#rows.set(key, row);
                return { ...row };
              }
            }

            /** A fresh store with the sample rows; each call starts from the same data. */
            export function createStore() {
              return Object.fromEntries(Object.entries(seed).map(([name, rows]) => [name, new Collection(rows)]));
            }
            """;

    static final String VALIDATION = """
            const DATE = /^\\d{4}-\\d{2}-\\d{2}$/;
            const EMAIL = /^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$/;

            function isHttpUrl(value) {
              try {
                return ["http:", "https:"].includes(new URL(value).protocol);
              } catch {
                return false;
              }
            }

            // Each check answers null when the value is fine, or what is wrong with it.
            const CHECKS = {
              text: (value) => (typeof value === "string" && value.length <= 200 ? null : "must be text of at most 200 characters"),
              longtext: (value) => (typeof value === "string" && value.length <= 10000 ? null : "must be text of at most 10000 characters"),
              number: (value) => (typeof value === "number" && Number.isFinite(value) ? null : "must be a number"),
              money: (value) => (typeof value === "number" && Number.isFinite(value) && value >= 0 ? null : "must be an amount of 0 or more"),
              date: (value) => (typeof value === "string" && DATE.test(value) && !Number.isNaN(Date.parse(value)) ? null : "must be a date like 2025-03-14"),
              boolean: (value) => (typeof value === "boolean" ? null : "must be true or false"),
              email: (value) => (typeof value === "string" && EMAIL.test(value) ? null : "must be an e-mail address"),
              url: (value) => (typeof value === "string" && isHttpUrl(value) ? null : "must be an http or https URL"),
            };

            /**
             * Checks a request body against a list of fields. With `partial` (PATCH) missing fields are
             * left alone; otherwise they become null (false for true/false fields) unless required.
             */
            export function validate(body, fields, { partial = false } = {}) {
              if (body === null || typeof body !== "object" || Array.isArray(body)) {
                return { value: {}, errors: [{ field: null, message: "The request body must be a JSON object" }] };
              }
              const errors = [];
              const value = {};
              for (const key of Object.keys(body)) {
                if (key !== "id" && !fields.some((field) => field.name === key)) {
                  errors.push({ field: key, message: `${key} is not a known field` });
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
                    errors.push({ field: field.name, message: `${field.label} is required` });
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
            """;

    static final String ERRORS = """
            /** Every error answer has the same JSON shape: { error, message } plus details. */
            export function notFound(res, message) {
              res.status(404).json({ error: "not_found", message });
            }

            export function invalid(res, fields) {
              res.status(400).json({ error: "validation_failed", message: "Some fields are not valid", fields });
            }

            /** Express calls this for thrown errors and for bodies express.json() could not read. */
            export function handleError(error, req, res, next) {
              if (res.headersSent) {
                next(error);
                return;
              }
              if (error.type === "entity.parse.failed") {
                res.status(400).json({ error: "invalid_json", message: "The request body is not valid JSON" });
                return;
              }
              const status = error.status ?? error.statusCode ?? 500;
              if (status >= 500) {
                console.error(error);
                res.status(500).json({ error: "internal_error", message: "Something went wrong" });
                return;
              }
              res.status(status).json({ error: "bad_request", message: error.message });
            }
            """;

    static final String SERVER = """
            import { APP_NAME } from "./config.js";
            import { createApp } from "./app.js";

            const port = Number(process.env.PORT ?? 3000);

            const server = createApp().listen(port, (error) => {
              if (error) {
                throw error;
              }
              console.log(`${APP_NAME} is listening on http://localhost:${server.address().port}`);
            });

            // Stop cleanly on Ctrl+C and when a process manager asks.
            for (const signal of ["SIGINT", "SIGTERM"]) {
              process.on(signal, () => server.close(() => process.exit(0)));
            }
            """;

    private ExpressSources() {}
}
