import express from "express";
import { APP_NAME } from "./config.js";
import { handleError, notFound } from "./errors.js";
import { postsRouter } from "./routes/posts.js";
import { createStore } from "./store.js";

const RESOURCES = ["/api/posts"];

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

  app.use("/api/posts", postsRouter(store.posts));

  app.use((req, res) => {
    notFound(res, `Keine Route für ${req.method} ${req.path}`);
  });
  app.use(handleError);

  return app;
}
