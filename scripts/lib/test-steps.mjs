// The steps of `npm test`, as commands any OS can spawn without a shell (see node-tool.mjs).
import { resolve } from 'node:path';
import { nodeToolCommand } from './node-tool.mjs';

/**
 * The sync simulation's project: the CI seeds (test/sync-sim/ci-seeds.ts) and the fault tests. They
 * spend their time waiting on servers, PostgreSQL restarts and child processes, so they run in a lane
 * of their own beside the CPU-bound Vitest lane.
 */
const SIMULATION_PROJECT = 'sync-sim';
const SIMULATION_FILES = 'test/sync-sim/**';

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
        // Run apart, in its own lane (below).
        '--exclude',
        SIMULATION_FILES,
      ]),
    },
    simulation: {
      label: 'sync fault simulation: CI seeds and fault tests (vitest)',
      report: simulationReport,
      ...tool('vitest', 'vitest', [
        'run',
        '--project',
        SIMULATION_PROJECT,
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
