import { availableParallelism } from 'node:os';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The backend for `npm run dev`: run it with --server.port=8081 (see README).
const backend = process.env.VECTORT_BACKEND ?? 'http://localhost:8081';

export default defineConfig({
  plugins: [react(), tailwindcss()],
  build: {
    // Maven packs whatever is here into the jar; Spring Boot serves it at /.
    outDir: '../target/classes/static',
    emptyOutDir: true,
    chunkSizeWarningLimit: 900,
  },
  server: {
    proxy: {
      '/api': { target: backend, changeOrigin: false },
      '/preview': { target: backend, changeOrigin: false },
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    css: false,
    // Vitest leaves one core to its main process, which waits; on a two-core CI machine that
    // would run the files one at a time.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
