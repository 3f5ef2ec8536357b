import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;
const alias = { '@core': resolve(root, 'core') };

// Re-creating jsdom and re-importing React, i18next and Dexie for every file cost most of the
// renderer suite's time (environment + import 250 s of 470 s). Files share one environment per
// worker unless they replace modules, timers or globals, which would leak into the next file:
// those keep a fresh one.
const leaksIntoNextFile =
  /\bvi\.(mock|doMock|useFakeTimers|setSystemTime|stubGlobal|stubEnv|spyOn)\(/;
function filesThatLeak(dir: string): string[] {
  return readdirSync(resolve(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.test\.tsx?$/.test(f))
    .map((f) => `${dir}/${f}`)
    .filter((f) => leaksIntoNextFile.test(readFileSync(resolve(root, f), 'utf8')));
}
const rendererIsolated = filesThatLeak('renderer/src');
const consoleIsolated = filesThatLeak('console/src');

export default defineConfig({
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify('0.0.0-test') },
  resolve: { alias },
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    coverage: {
      provider: 'v8',
      include: ['core/**/*.ts'],
      exclude: ['core/**/*.test.ts'],
      reporter: ['text-summary', 'json-summary'],
    },
    projects: [
      {
        extends: true,
        test: { name: 'core', environment: 'node', include: ['core/**/*.test.ts'], isolate: false },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['renderer/src/**/*.test.ts', 'renderer/src/**/*.test.tsx'],
          exclude: rendererIsolated,
          setupFiles: ['test/setup/renderer.ts'],
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer-isolated',
          environment: 'jsdom',
          include: rendererIsolated,
          setupFiles: ['test/setup/renderer.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'console',
          environment: 'jsdom',
          include: ['console/src/**/*.test.ts', 'console/src/**/*.test.tsx'],
          exclude: consoleIsolated,
          setupFiles: ['test/setup/console.ts'],
          isolate: false,
        },
      },
      ...(consoleIsolated.length
        ? [
            {
              extends: true as const,
              test: { name: 'console-isolated', environment: 'jsdom', include: consoleIsolated },
            },
          ]
        : []),
      {
        extends: true,
        test: { name: 'tools', environment: 'node', include: ['scripts/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'packaging',
          environment: 'node',
          include: ['test/packaging/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'deploy',
          environment: 'node',
          include: ['test/deploy/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: { name: 'electron', environment: 'node', include: ['electron/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['server/src/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'sync-sim',
          environment: 'node',
          include: ['test/sync-sim/**/*.test.ts'],
          testTimeout: 600_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
