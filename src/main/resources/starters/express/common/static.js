
  // The landing page and its assets, from public/.
  app.use(express.static(fileURLToPath(new URL("../public", import.meta.url))));
