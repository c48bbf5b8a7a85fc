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
