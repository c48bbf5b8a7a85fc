import { defineConfig } from "vite";
import vue from "@vitejs/plugin-vue";

// Relative asset paths, so the build also works when it is served from a sub-folder.
export default defineConfig({
  base: "./",
  plugins: [vue()],
});
