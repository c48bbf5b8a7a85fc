import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// Relative asset paths, so the build also works when it is served from a sub-folder.
export default defineConfig({
  base: "./",
  plugins: [react()],
});
