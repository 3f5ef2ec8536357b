// The steps of `npm test`, as commands any OS can spawn without a shell (see node-tool.mjs).
import { resolve } from 'node:path';
import { nodeToolCommand } from './node-tool.mjs';

/**
 * The projects that spend their time on child processes rather than in the Vitest worker: the sync
 * simulation's CI seeds (test/sync-sim/ci-seeds.ts) and fault tests (servers, PostgreSQL restarts),
 * and the packaging and deploy tests (electron-builder, the server package started as operators
 * start it). They run in a lane of their own beside the CPU-bound Vitest lane, which took 21 minutes
 * with them in it (the clean-clone run of d248246, 2026-12-07).
 */
const APART = [
  { project: 'sync-sim', files: 'test/sync-sim/**' },
  { project: 'packaging', files: 'test/packaging/**' },
  { project: 'deploy', files: 'test/deploy/**' },
];

/**
 * @param {string} root the project folder
 * @param {string} resultsDir where the runners write their JSON reports
 */
export function testSteps(root, resultsDir) {
  const tool = (pkg, bin, args) => nodeToolCommand(root, pkg, bin, args);
  const vitestReport = resolve(resultsDir, 'vitest.json');
  const simulationReport = resolve(resultsDir, 'simulation.json');
  return {
    typecheck: { label: 'type check (tsc -b)', ...tool('typescript', 'tsc', ['-b']) },
    lint: {
      label: 'lint (eslint)',
      ...tool('eslint', 'eslint', ['.', '--max-warnings', '0']),
    },
    format: {
      label: 'format (prettier --check)',
      ...tool('prettier', 'prettier', ['--check', '.']),
    },
    vitest: {
      label: 'unit, component and server tests (vitest)',
      report: vitestReport,
      ...tool('vitest', 'vitest', [
        'run',
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${vitestReport}`,
        // Run apart, in their own lane (below).
        ...APART.flatMap(({ files }) => ['--exclude', files]),
      ]),
    },
    simulation: {
      label: 'sync fault simulation, packaging and deploy tests (vitest)',
      report: simulationReport,
      ...tool('vitest', 'vitest', [
        'run',
        ...APART.flatMap(({ project }) => ['--project', project]),
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${simulationReport}`,
      ]),
    },
    build: {
      label: 'build (electron-vite build)',
      ...tool('electron-vite', 'electron-vite', ['build']),
    },
    buildConsole: {
      label: 'build the staff console (vite build -c console/vite.config.ts)',
      ...tool('vite', 'vite', ['build', '-c', 'console/vite.config.ts', '--logLevel', 'warn']),
    },
    playwright: {
      label: 'end-to-end tests (playwright, Chromium)',
      report: resolve(resultsDir, 'playwright.json'),
      ...tool('@playwright/test', 'playwright', ['test']),
    },
  };
}
