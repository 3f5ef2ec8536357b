import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

const root = import.meta.dirname;
const alias = { '@core': resolve(root, 'core') };
const version = (
  JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string }
).version;

/**
 * Writes out/renderer/build-flags.json: whether this renderer stores data unencrypted (the canary
 * test's control flag, read from the environment and .env files as Vite reads it). Packaging
 * refuses such a build (build/check-release.cjs).
 */
function buildFlags(): Plugin {
  let plaintextStorage = false;
  return {
    name: 'amparo-build-flags',
    apply: 'build',
    configResolved(config) {
      plaintextStorage = config.env['VITE_AMPARO_UNSAFE_PLAINTEXT_STORAGE'] === '1';
    },
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'build-flags.json',
        source: `${JSON.stringify({ plaintextStorage })}\n`,
      });
    },
  };
}

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      outDir: resolve(root, 'out/main'),
      sourcemap: false,
      rollupOptions: { input: { index: resolve(root, 'electron/main/index.ts') } },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: resolve(root, 'out/preload'),
      sourcemap: false,
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        // A sandboxed preload can only be a single CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    define: { __APP_VERSION__: JSON.stringify(version) },
    resolve: { alias },
    plugins: [react(), buildFlags()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      sourcemap: false,
      rollupOptions: { input: resolve(root, 'renderer/index.html') },
    },
  },
});
