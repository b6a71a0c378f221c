import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Paths come from this file's URL: the renderer may not import node:path, and the build is
// run from the repository root (npx vite build --config renderer/vite.config.ts).
const rendererRoot = new URL('.', import.meta.url).pathname;

export default defineConfig({
  root: rendererRoot,
  base: './',
  plugins: [react()],
  build: {
    outDir: new URL('./dist', import.meta.url).pathname,
    emptyOutDir: true,
    chunkSizeWarningLimit: 6000,
    target: 'es2022',
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
});
