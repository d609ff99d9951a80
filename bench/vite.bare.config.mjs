// Builds the bare MapLibre page (bench/bare/) the bench compares the app's cold load with:
//   npx vite build --config bench/vite.bare.config.mjs
// The bench copies the app's boundaries.json into its data/ after the build.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('./bare', import.meta.url)),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('./.build/bare', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1600,
  },
});
