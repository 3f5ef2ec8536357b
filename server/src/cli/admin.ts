/** `npm run server:admin -- <command>`: see admin-commands.ts for the commands. */
import { loadWithCorePaths } from '../load-with-core-paths';
import type { runAdminCli } from './admin-cli-runner';

interface Runner {
  runAdminCli: typeof runAdminCli;
}

const { runAdminCli: run } = await loadWithCorePaths<Runner>(
  () => import('./admin-cli-runner'),
  './cli/admin-cli-runner.ts',
  new URL('../', import.meta.url).href,
);
process.exitCode = await run(process.argv.slice(2), {
  out: (text) => console.log(text),
  err: (text) => console.error(text),
});
