import express from "express";
import { fileURLToPath } from "node:url";
import { APP_NAME } from "./config.js";
import { handleError, notFound } from "./errors.js";
import { signupsRouter } from "./routes/signups.js";
import { createStore } from "./store.js";

const RESOURCES = ["/api/signups"];

/** Builds the app around a store; without one it starts from fresh sample data. */
export function createApp(store = createStore()) {
  const app = express();
  app.disable("x-powered-by");
  app.use(express.json({ limit: "100kb" }));

  // The landing page and its assets, from public/.
  app.use(express.static(fileURLToPath(new URL("../public", import.meta.url))));

  app.get("/health", (req, res) => {
    res.json({ status: "ok" });
  });

  app.get("/api", (req, res) => {
    res.json({ name: APP_NAME, resources: RESOURCES });
  });

  app.use("/api/signups", signupsRouter(store.signups));

  app.use((req, res) => {
    notFound(res, `Keine Route für ${req.method} ${req.path}`);
  });
  app.use(handleError);

  return app;
}
