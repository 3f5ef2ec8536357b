/**
 * A child process that runs simulation seeds for `seed-pool.ts`: it receives `{ seed, … }`
 * messages and answers `{ seed, report }` (or `{ seed, error }`) over IPC. Started with tsx; the
 * simulation's modules are loaded with the tests' tsconfig for the `@core/*` alias.
 */
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import type * as Runner from './runner';
import type { SimOptions } from './runner';

const tsconfig = fileURLToPath(new URL('../../tsconfig.tests.json', import.meta.url));
const { runSimulation } = (await tsImport('./runner.ts', {
  parentURL: import.meta.url,
  tsconfig,
})) as typeof Runner;

process.on('message', (message: SimOptions | 'exit') => {
  if (message === 'exit') process.exit(0);
  runSimulation(message).then(
    (report) => process.send?.({ seed: message.seed, report }),
    (error: unknown) =>
      process.send?.({
        seed: message.seed,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }),
  );
});
process.send?.('ready');
