// `npm run bench [-- name… ] [-- --runs N]`: runs every benchmark (or the named ones) one after
// the other, each in its own process, then prints one summary table. Benchmarks measure and print
// figures beside a baseline run in the same process; a missed target is reported, not a failure.
// The exit code is non-zero only when a benchmark could not run.
//
//   npm run bench                       all of them
//   npm run bench -- autosave search    some of them
//   npm run bench -- sync-initial --runs 5
//   npm run bench -- crypto             the encryption set: autosave, unlock, sync-initial
//
// server-sync needs PostgreSQL: DATABASE_URL if set, else a throwaway cluster started here
// (root, /usr/lib/postgresql/*/bin). sync-initial uses PGlite in memory unless DATABASE_URL is set.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { nodeToolCommand } from '../scripts/lib/node-tool.mjs';
import { startThrowawayPostgres } from './lib/throwaway-postgres.mjs';

const root = resolve(import.meta.dirname, '..');

const benchmarks = {
  autosave: { script: 'bench/crypto/autosave/autosave-bench.ts', browser: true },
  keystroke: { script: 'bench/notes/keystroke-bench.ts', browser: true },
  'case-list': { script: 'bench/case-list/case-list-bench.ts', browser: true },
  search: { script: 'bench/search/search-bench.ts', browser: true },
  'search-app': { script: 'bench/search/search-app-bench.ts', browser: true },
  packet: { script: 'bench/packet/packet-bench.ts', browser: true },
  unlock: { script: 'bench/crypto/unlock/unlock-bench.ts', browser: true },
  'sync-initial': { script: 'bench/sync-initial/sync-initial-bench.ts', browser: true },
  'server-sync': { script: 'bench/server-sync/server-sync-bench.ts', postgres: true },
  'case-summaries': { script: 'bench/case-summaries/case-summaries-bench.ts', postgres: true },
  dashboard: { script: 'bench/dashboard/dashboard-bench.ts', postgres: true },
  'console-first-screen': {
    script: 'bench/console-first-screen/console-first-screen-bench.ts',
    postgres: true,
  },
  // PGlite in memory unless DATABASE_URL is set.
  'documents-upload': { script: 'bench/documents/documents-upload-bench.ts' },
};
/** Names that stand for several benchmarks (issue 7's encryption figures). */
const groups = { crypto: ['autosave', 'unlock', 'sync-initial'] };

const args = process.argv.slice(2);
const runsIndex = args.indexOf('--runs');
const runs = runsIndex >= 0 ? args[runsIndex + 1] : undefined;
const names = [
  ...new Set(
    args
      .filter((a, i) => !a.startsWith('--') && (runsIndex < 0 || i !== runsIndex + 1))
      .flatMap((name) => groups[name] ?? [name]),
  ),
];
const unknown = names.filter((n) => !(n in benchmarks));
if (unknown.length > 0) {
  console.error(
    `Unknown benchmark ${unknown.join(', ')}; known: ${Object.keys(benchmarks).join(', ')}`,
  );
  process.exit(2);
}
const selected = names.length > 0 ? names : Object.keys(benchmarks);

function output(command, commandArgs) {
  try {
    return spawnSync(command, commandArgs, { encoding: 'utf8' }).stdout.trim();
  } catch {
    return '?';
  }
}

const machine = {
  cores: cpus().length,
  cpu: cpus()[0]?.model ?? '?',
  memory: `${(totalmem() / 1024 ** 3).toFixed(1)} GiB`,
  chromium: output('/usr/bin/chromium', ['--version']).split('\n').at(-1),
  node: process.version,
  loadAtStart: loadavg()[0].toFixed(2),
  date: new Date().toISOString(),
};
console.log(
  `Amparo benchmarks: ${selected.join(', ')}\n${machine.cores} cores (${machine.cpu}), ${machine.memory}, ${machine.chromium}, Node ${machine.node}, load ${machine.loadAtStart}, ${machine.date}`,
);

const work = mkdtempSync(join(tmpdir(), 'amparo-bench-'));
const summaryFile = join(work, 'summary.jsonl');
const env = {
  ...process.env,
  BENCH_SUMMARY_FILE: summaryFile,
  ...(runs ? { BENCH_RUNS: runs } : {}),
};
const problems = [];

/** Runs one step, its output shown as it comes and kept for parsing. */
function run(label, command, commandArgs, extraEnv = {}) {
  console.log(`\n::: ${label}`);
  const started = Date.now();
  const child = spawn(command, commandArgs, {
    cwd: root,
    env: { ...env, ...extraEnv },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
    process.stdout.write(chunk);
  });
  return new Promise((done) => {
    child.on('close', (code, signal) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      const ok = code === 0;
      console.log(
        `::: ${label}: ${ok ? 'done' : `FAILED (exit ${code ?? signal})`} in ${seconds} s`,
      );
      done({ ok, stdout });
    });
  });
}

if (selected.some((name) => benchmarks[name].browser)) {
  const vite = nodeToolCommand(root, 'vite', 'vite', [
    'build',
    '--config',
    'bench/vite.config.ts',
    '--logLevel',
    'warn',
  ]);
  const built = await run('build the bench bundle', vite.command, vite.args);
  if (!built.ok) problems.push('bench bundle build failed');
  env.BENCH_SKIP_BUILD = '1';
}

/** A TypeScript benchmark run by tsx with the tests' tsconfig (for the `@core` paths). */
const tsx = (script, scriptArgs = []) =>
  nodeToolCommand(root, 'tsx', 'tsx', ['--tsconfig', 'tsconfig.tests.json', script, ...scriptArgs]);

/** The server benchmark prints its own lines; its figures go into the summary from there. */
function serverSummary(stdout, database) {
  const rate = /applied mutations\/s: (\d+)/.exec(stdout)?.[1];
  const applied = /(\d+)\/(\d+) mutations applied/.exec(stdout);
  const push = /push latency ms: p50 (\d+), p95 (\d+)/.exec(stdout);
  const pull = /pull latency ms: p50 (\d+), p95 (\d+)/.exec(stdout);
  const perCpu = /= (\d+) mutations per CPU-second/.exec(stdout)?.[1];
  if (!rate) return [];
  return [
    {
      benchmark: 'server-sync',
      metric: `applied mutations/s, 50 devices (${database})`,
      value: `${rate}/s`,
      target: '≥ 1,000/s',
      met: Number(rate) >= 1000 && applied?.[1] === applied?.[2],
    },
    {
      benchmark: 'server-sync',
      metric: 'mutations per CPU-second (server + PostgreSQL)',
      value: `${perCpu ?? '?'}`,
      target: '—',
      met: null,
    },
    {
      benchmark: 'server-sync',
      metric: 'push p95 (batch of 100)',
      value: `${push?.[2] ?? '?'} ms`,
      target: '—',
      met: null,
    },
    {
      benchmark: 'server-sync',
      metric: 'pull p95',
      value: `${pull?.[2] ?? '?'} ms`,
      target: '—',
      met: null,
    },
  ];
}

const extraRows = [];
for (const name of selected) {
  const bench = benchmarks[name];
  if (!bench.postgres) {
    const result = await run(name, tsx(bench.script).command, tsx(bench.script).args);
    if (!result.ok) problems.push(`${name} failed`);
    continue;
  }
  let cluster = null;
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    try {
      cluster = await startThrowawayPostgres();
      databaseUrl = cluster.url;
      console.log(`\n${cluster.version} throwaway cluster (fsync on) at ${cluster.url}`);
    } catch (error) {
      problems.push(`${name} skipped: ${error.message}`);
      continue;
    }
  }
  try {
    const result = await run(name, tsx(bench.script).command, tsx(bench.script).args, {
      DATABASE_URL: databaseUrl,
    });
    if (!result.ok) problems.push(`${name} failed`);
    extraRows.push(
      ...serverSummary(
        result.stdout,
        `PostgreSQL ${/PostgreSQL\) ([\d.]+)/.exec(cluster?.version ?? '')?.[1] ?? ''}`.trim(),
      ),
    );
  } finally {
    cluster?.stop();
  }
}

const rows = [
  ...(existsSync(summaryFile)
    ? readFileSync(summaryFile, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line))
    : []),
  ...extraRows,
];
rmSync(work, { recursive: true, force: true });

const headers = ['benchmark', 'metric', 'value', 'baseline', 'ratio', 'target', 'result'];
const cells = rows.map((r) => [
  r.benchmark,
  r.metric,
  r.value,
  r.baseline ?? '',
  r.ratio ?? '',
  r.target,
  r.met === null ? '—' : r.met ? 'met' : 'NOT MET',
]);
const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
const line = (c) => c.map((cell, i) => cell.padEnd(widths[i])).join('  ');
console.log(
  `\n=== Summary (${machine.cores} cores, ${machine.chromium}, Node ${machine.node}; load ${machine.loadAtStart} at start, ${loadavg()[0].toFixed(2)} at end)`,
);
console.log(line(headers));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const c of cells) console.log(line(c));
for (const problem of problems) console.log(`!!! ${problem}`);
process.exitCode = problems.some((p) => p.includes('failed')) ? 1 : 0;
