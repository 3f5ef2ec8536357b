// `npm test`: every check Amparo has, then one closing line `N passed, N failed`.
// Static checks (types, lint, format, build) count as one test each; Vitest and Playwright
// contribute their own test counts, read from their JSON reports.
//
// After the build, three lanes run side by side: Vitest, the sync simulation's project (its CI
// seeds and fault tests, mostly waiting on their servers), and the static checks then
// Playwright (two workers in CI, each with its own server: much of their time is spent waiting on
// the browser, the server and two-step sign-in codes). On CI's 2 cores this took npm test from ~31 minutes to
// under 20 (docs/testing.md). Each step's output goes to out/test-results/<step>.log and is
// printed whole when the step ends, so the lanes never interleave line by line.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { failureLines, playwrightFailures, vitestFailures } from './lib/failed-tests.mjs';
import { testSteps } from './lib/test-steps.mjs';

const root = resolve(import.meta.dirname, '..');
const results = resolve(root, 'out/test-results');
mkdirSync(results, { recursive: true });
const steps = testSteps(root, results);
const began = Date.now();

const totals = { passed: 0, failed: 0, skipped: 0 };
/** Summary lines by step, printed in the steps' order whatever order they finish in. */
const summary = new Map(Object.keys(steps).map((key) => [key, null]));
/** The failed tests' names, by step, listed again under the summary. */
const failedTests = new Map();

const elapsed = (since) => ((Date.now() - since) / 1000).toFixed(1);

async function run(key) {
  const { label, command, args } = steps[key];
  const log = resolve(results, `${key}.log`);
  const started = Date.now();
  const fd = openSync(log, 'w');
  const status = await new Promise((done) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', fd, fd], env: process.env });
    child.on('error', (error) => done(`spawn error: ${error.message}`));
    child.on('close', (code, signal) => done(code ?? signal));
  });
  closeSync(fd);
  const ok = status === 0;
  const output = readFileSync(log, 'utf8');
  process.stdout.write(
    `\n::: ${label} (started at +${((started - began) / 1000).toFixed(0)}s)\n${output}` +
      `${output.endsWith('\n') || !output ? '' : '\n'}` +
      `::: ${label}: ${ok ? 'ok' : `failed (exit ${status})`} in ${elapsed(started)}s\n`,
  );
  return ok;
}

async function check(key) {
  const ok = await run(key);
  totals[ok ? 'passed' : 'failed'] += 1;
  summary.set(key, `${steps[key].label}: ${ok ? 'passed' : 'FAILED'}`);
  return ok;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

async function suite(key, count, failures) {
  const { label, report: reportFile } = steps[key];
  rmSync(reportFile, { force: true });
  const ok = await run(key);
  const report = existsSync(reportFile) ? readJson(reportFile) : null;
  if (!report) {
    totals.failed += 1;
    summary.set(key, `${label}: FAILED (no report written)`);
    return;
  }
  const { passed, failed, skipped } = count(report);
  failedTests.set(key, failures(report));
  totals.passed += passed;
  totals.failed += failed + (ok || failed > 0 ? 0 : 1);
  totals.skipped += skipped;
  summary.set(
    key,
    `${label}: ${passed} passed, ${failed} failed, ${skipped} skipped${ok ? '' : ' (runner failed)'}`,
  );
}

// The build comes first: Playwright serves it, and the packaging tests read out/.
const built = (await check('build')) && (await check('buildConsole'));

const vitestCounts = (r) => ({
  passed: r.numPassedTests ?? 0,
  failed: r.numFailedTests ?? 0,
  skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0),
});
const vitestSuite = (key) => suite(key, vitestCounts, (r) => vitestFailures(r, root));

async function checksThenEndToEnd() {
  await check('typecheck');
  await check('lint');
  await check('format');
  if (!built) {
    totals.failed += 1;
    summary.set('playwright', 'end-to-end tests: not run (build failed)');
    return;
  }
  await suite(
    'playwright',
    (r) => ({
      passed: (r.stats?.expected ?? 0) + (r.stats?.flaky ?? 0),
      failed: r.stats?.unexpected ?? 0,
      skipped: r.stats?.skipped ?? 0,
    }),
    playwrightFailures,
  );
}

// The simulation's CI seeds and fault tests wait on their servers, PostgreSQL restarts and child
// processes most of the time (about a third of a core for all twelve seeds), so they run in a lane
// of their own instead of holding a Vitest worker.
await Promise.all([vitestSuite('vitest'), checksThenEndToEnd(), vitestSuite('simulation')]);

console.log(`\n::: summary (${elapsed(began)}s in all)`);
for (const line of summary.values()) if (line) console.log(`  ${line}`);
for (const [key, failures] of failedTests)
  if (failures.length) {
    console.log(`  failed in ${steps[key].label}:`);
    for (const line of failureLines(failures)) console.log(`    ${line}`);
  }
if (totals.skipped) console.log(`  (${totals.skipped} skipped: see the reasons printed above)`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
