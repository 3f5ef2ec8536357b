// The staff console: its own build, served by the MCJ server at /console/ (see docs/console.md).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = resolve(import.meta.dirname, '..');
const version = (
  JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string }
).version;

export default defineConfig({
  root: resolve(root, 'console'),
  base: '/console/',
  define: { __APP_VERSION__: JSON.stringify(version) },
  resolve: { alias: { '@core': resolve(root, 'core') } },
  plugins: [react()],
  build: {
    outDir: resolve(root, 'out/console'),
    emptyOutDir: true,
    sourcemap: false,
    // No inline scripts or styles anywhere: the server's CSP allows only 'self'.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    // Screens are chunks of their own (app/screens.tsx); the entry holds React, the router, the
    // shell, sign-in and both languages' text.
    chunkSizeWarningLimit: 600,
  },
  // `npx vite -c console/vite.config.ts` during development, against `npm run server`.
  server: { proxy: { '/v1': 'http://127.0.0.1:8787', '/health': 'http://127.0.0.1:8787' } },
});
