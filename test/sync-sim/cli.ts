/**
 * Longer simulation runs than CI's:
 *
 *   npm run sim -- --seed 7 --clients 5 --ops 200 [--runs 20] [--jobs 2] [--kills 2] [--admin-rate 0.03]
 *     [--pg-fault-rate 0.005] [--server-restores 1] [--child-process-share 0.5] [--backup-weight 0.8]
 *   npm run sim -- --help   (every option, with its default: cli-options.ts)
 *
 * `--runs N` runs seeds seed..seed+N-1, `--jobs J` of them at a time in child processes (default
 * 1: in this process). Prints a summary per run; exits 1 if any invariant broke
 * (with the command that replays that seed), 2 on bad arguments. Violations of the known issues
 * listed in violation.ts are printed, marked, but do not fail a run. With `DATABASE_URL` set the
 * server runs on PostgreSQL (a throwaway database per run), otherwise on PGlite. `--backup-weight`
 * sets how often a laptop backs up or restores its database (0.8 of about 93; raise it for runs
 * that restore laptops).
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { tsImport } from 'tsx/esm/api';

import { CLI_OPTIONS, usage, type CliOption, type RunnerDefaults } from './cli-options';
import type * as Operations from './operations';
import type * as Report from './report';
import type * as Runner from './runner';
import type * as Pool from './seed-pool';
import type * as Database from './sim-database';

// The simulation imports app code that uses the `@core/*` alias: load it with the tests' tsconfig.
const tsconfig = fileURLToPath(new URL('../../tsconfig.tests.json', import.meta.url));
const load = <T>(specifier: string) =>
  tsImport(specifier, { parentURL: import.meta.url, tsconfig }) as Promise<T>;

/** The simulation's own defaults, for `--help` (runner.ts, operations.ts). */
async function runnerDefaults(): Promise<RunnerDefaults> {
  const runner = await load<typeof Runner>('./runner.ts');
  const operations = await load<typeof Operations>('./operations.ts');
  return {
    kills: runner.DEFAULT_KILLS,
    adminRate: runner.DEFAULT_ADMIN_RATE,
    postgresFaultRate: runner.DEFAULT_POSTGRES_FAULT_RATE,
    serverRestores: runner.DEFAULT_SERVER_RESTORES,
    childProcessShare: runner.DEFAULT_CHILD_PROCESS_SHARE,
    backupWeight: operations.DEFAULT_BACKUP_WEIGHT,
  };
}

let parsed: { values: { [K in CliOption]?: K extends 'help' ? boolean : string } };
try {
  parsed = parseArgs({ options: CLI_OPTIONS });
} catch (error) {
  // An unknown option or a missing value: say which, and what there is.
  console.error(error instanceof Error ? error.message : String(error));
  console.error(usage(await runnerDefaults()));
  process.exit(2);
}
const { values } = parsed;
if (values.help) {
  console.log(usage(await runnerDefaults()));
  process.exit(0);
}

function whole(name: string, text: string | undefined, min: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) {
    console.error(`--${name} must be a whole number ≥ ${min}`);
    process.exit(2);
  }
  return n;
}

const seed = whole('seed', values.seed, 0);
const clients = whole('clients', values.clients, 1);
const ops = whole('ops', values.ops, 1);
const runs = whole('runs', values.runs, 1);
const jobs = whole('jobs', values.jobs, 1);
const kills = values.kills === undefined ? undefined : whole('kills', values.kills, 0);
const adminRate = values['admin-rate'] === undefined ? undefined : Number(values['admin-rate']);
const serverRestores =
  values['server-restores'] === undefined
    ? undefined
    : whole('server-restores', values['server-restores'], 0);
const childShare =
  values['child-process-share'] === undefined ? undefined : Number(values['child-process-share']);
const backupWeight =
  values['backup-weight'] === undefined ? undefined : Number(values['backup-weight']);
if (backupWeight !== undefined && !(backupWeight >= 0)) {
  console.error('--backup-weight must be a number ≥ 0');
  process.exit(2);
}
const pgFaultRate =
  values['pg-fault-rate'] === undefined ? undefined : Number(values['pg-fault-rate']);

const { runSimulation } = await load<typeof Runner>('./runner.ts');
const { formatReport, newViolations } = await load<typeof Report>('./report.ts');
const { disposeTemplate } = await load<typeof Database>('./sim-database.ts');
const { SeedPool } = await load<typeof Pool>('./seed-pool.ts');

const options = (run: number): Runner.SimOptions => ({
  seed: seed + run,
  clients,
  ops,
  ...(kills === undefined ? {} : { kills }),
  ...(adminRate === undefined ? {} : { adminRate }),
  ...(pgFaultRate === undefined ? {} : { postgresFaultRate: pgFaultRate }),
  ...(serverRestores === undefined ? {} : { serverRestores }),
  ...(childShare === undefined ? {} : { childProcessShare: childShare }),
  ...(backupWeight === undefined ? {} : { backupWeight }),
});

let failed = 0;
const pool = jobs > 1 ? await SeedPool.start(jobs) : null;
try {
  const reports = Array.from({ length: runs }, (_, run) => (pool ? pool.run(options(run)) : null));
  for (let run = 0; run < runs; run += 1) {
    const report = await (reports[run] ?? runSimulation(options(run)));
    console.log(formatReport(report));
    if (newViolations(report).length > 0) failed += 1;
  }
} finally {
  await pool?.close();
  await disposeTemplate();
}
console.log(
  failed === 0
    ? `${runs} run(s): all invariants hold`
    : `${failed} of ${runs} run(s) broke an invariant`,
);
process.exit(failed === 0 ? 0 : 1);
