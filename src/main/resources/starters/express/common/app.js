import express from "express";
«urlImport»import { APP_NAME } from "./config.js";
import { handleError, notFound } from "./errors.js";
«routerImports»
import { createStore } from "./store.js";

const RESOURCES = [«resources»];

/** Builds the app around a store; without one it starts from fresh sample data. */
export function createApp(store = createStore()) {
  const app = express();
  app.disable("x-powered-by");
  app.use(express.json({ limit: "100kb" }));
«static»
  app.get("/health", (req, res) => {
    res.json({ status: "ok" });
  });

  app.get("/api", (req, res) => {
    res.json({ name: APP_NAME, resources: RESOURCES });
  });

«mounts»

  app.use((req, res) => {
    notFound(res, `«uiNoRoute:${req.method} ${req.path}»`);
  });
  app.use(handleError);

  return app;
}
