import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { serviceWorker } from './pwa/serviceWorkerPlugin.ts';

// The Spring Boot api listens on 8080; in development Vite serves the UI and forwards these
// paths to it, so the browser sees a single origin just like in production.
const backend = process.env.MEWAYZ_API_URL ?? 'http://localhost:8080';
const proxied = ['/api', '/health', '/docs'];

export default defineConfig({
  plugins: [react(), serviceWorker()],
  server: {
    port: 5173,
    proxy: Object.fromEntries(
      proxied.map((path) => [path, { target: backend, changeOrigin: true }]),
    ),
  },
  preview: {
    proxy: Object.fromEntries(
      proxied.map((path) => [path, { target: backend, changeOrigin: true }]),
    ),
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'pwa/**/*.test.ts'],
    setupFiles: ['./src/test/setup.ts'],
    restoreMocks: true,
    // Matches the longer wait of findBy*/waitFor (src/test/setup.ts) with room to spare.
    testTimeout: 20_000,
  },
});
