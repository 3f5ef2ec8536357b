/**
 * The options of `npm run sim` (cli.ts) and the words `--help` prints. Apart from cli.ts, which
 * runs the simulation as soon as it is loaded, so that a test can check that every option is
 * described.
 */
import type { ParseArgsConfig } from 'node:util';

type Option = NonNullable<ParseArgsConfig['options']>[string];

export const CLI_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  seed: { type: 'string', default: '1' },
  clients: { type: 'string', default: '5' },
  ops: { type: 'string', default: '200' },
  runs: { type: 'string', default: '1' },
  jobs: { type: 'string', default: '1' },
  kills: { type: 'string' },
  'admin-rate': { type: 'string' },
  'pg-fault-rate': { type: 'string' },
  'server-restores': { type: 'string' },
  'child-process-share': { type: 'string' },
  'backup-weight': { type: 'string' },
} as const satisfies Record<string, Option>;

export type CliOption = keyof typeof CLI_OPTIONS;

/** The simulation's own defaults for the options that have none here (runner.ts, operations.ts). */
export interface RunnerDefaults {
  kills: number;
  adminRate: number;
  postgresFaultRate: number;
  serverRestores: number;
  childProcessShare: number;
  backupWeight: number;
}

const DESCRIBED: Record<CliOption, [argument: string, what: string]> = {
  help: ['', 'print these options and exit'],
  seed: ['N', 'the (first) seed: the same seed makes the same choices'],
  clients: ['C', 'laptops'],
  ops: ['K', 'operations per laptop'],
  runs: ['R', 'runs seeds N..N+R-1'],
  jobs: ['J', 'runs J seeds at a time in child processes (1: in this process)'],
  kills: ['K', 'times the server is killed and restarted'],
  'admin-rate': ['P', "chance per step that the supervisor changes a case's assignments"],
  'pg-fault-rate': [
    'P',
    'chance per step of a PostgreSQL restart (-m immediate) or terminated connections ' +
      "(PostgreSQL with pg_ctl: a cluster of the run's own; 0 turns them off)",
  ],
  'server-restores': [
    'N',
    'restores of the server from a pg_dump taken earlier in the run (0 or 1; PostgreSQL with pg_ctl)',
  ],
  'child-process-share': [
    'S',
    'share of server starts as a child process killed with SIGKILL (PostgreSQL only)',
  ],
  'backup-weight': [
    'W',
    'weight of a laptop backing up or restoring its database, against about 93 for all operations',
  ],
};

/** What `--help` prints, with the simulation's defaults. */
export function usage(defaults: RunnerDefaults): string {
  const fromRunner: Partial<Record<CliOption, number>> = {
    kills: defaults.kills,
    'admin-rate': defaults.adminRate,
    'pg-fault-rate': defaults.postgresFaultRate,
    'server-restores': defaults.serverRestores,
    'child-process-share': defaults.childProcessShare,
    'backup-weight': defaults.backupWeight,
  };
  const rows = (Object.keys(DESCRIBED) as CliOption[]).map((name) => {
    const [argument, what] = DESCRIBED[name];
    const option: Option = CLI_OPTIONS[name];
    const short = option.short ? `-${option.short}, ` : '';
    const value = option.default ?? fromRunner[name];
    const flag = `${short}--${name}${argument ? ` ${argument}` : ''}`;
    return `  ${flag.padEnd(28)}${what}${value === undefined ? '' : ` (default ${value})`}`;
  });
  return [
    'Usage: npm run sim -- [options]',
    '',
    'Runs the multi-device sync simulation (test/sync-sim; docs/sync.md, "The fault model") and',
    'prints a report per run. On PostgreSQL when DATABASE_URL is set (a throwaway database per run;',
    "AMPARO_SIM_PG_PORTS=FROM-TO confines the port of a run's own cluster), else on PGlite.",
    'Exits 0 when every invariant held, 1 when one broke (with the command that replays the seed),',
    '2 on bad arguments.',
    '',
    'Options:',
    ...rows,
    '',
    'CI runs: npm run sim -- --seed N --clients 5 --ops 70',
  ].join('\n');
}
