/**
 * The bench bundle: bench/browser/index.html and the page side of each browser benchmark, which
 * import the renderer's real modules. Built like the app's renderer (production mode, minified)
 * into out/bench; BENCH_MINIFY=0 keeps function names readable for a CPU profile.
 */
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = resolve(import.meta.dirname, '..');

export default defineConfig({
  root: resolve(root, 'bench/browser'),
  base: './',
  mode: 'production',
  define: { __APP_VERSION__: JSON.stringify('0.1.0-bench') },
  resolve: { alias: { '@core': resolve(root, 'core') } },
  plugins: [react()],
  build: {
    outDir: resolve(root, 'out/bench'),
    emptyOutDir: true,
    sourcemap: false,
    minify: process.env['BENCH_MINIFY'] !== '0',
    chunkSizeWarningLimit: 5_000,
  },
});
