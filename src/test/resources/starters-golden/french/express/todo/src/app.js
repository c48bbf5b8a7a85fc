import express from "express";
import { APP_NAME } from "./config.js";
import { handleError, notFound } from "./errors.js";
import { rendezVousRouter } from "./routes/rendez-vous.js";
import { createStore } from "./store.js";

const RESOURCES = ["/api/rendez-vous"];

/** Builds the app around a store; without one it starts from fresh sample data. */
export function createApp(store = createStore()) {
  const app = express();
  app.disable("x-powered-by");
  app.use(express.json({ limit: "100kb" }));

  app.get("/health", (req, res) => {
    res.json({ status: "ok" });
  });

  app.get("/api", (req, res) => {
    res.json({ name: APP_NAME, resources: RESOURCES });
  });

  app.use("/api/rendez-vous", rendezVousRouter(store.rendezVous));

  app.use((req, res) => {
    notFound(res, `Aucune route pour ${req.method} ${req.path}`);
  });
  app.use(handleError);

  return app;
}
