// `npm test`: every check Amparo has, in order, then one closing line `N passed, N failed`.
// Static checks (types, lint, format, build) count as one test each; Vitest and Playwright
// contribute their own test counts, read from their JSON reports.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { testSteps } from './lib/test-steps.mjs';

const root = resolve(import.meta.dirname, '..');
const results = resolve(root, 'out/test-results');
mkdirSync(results, { recursive: true });
const steps = testSteps(root, results);

const totals = { passed: 0, failed: 0, skipped: 0 };
const summary = [];

function run(label, command, args, env = {}) {
  const started = Date.now();
  console.log(`\n::: ${label}`);
  const child = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = child.status === 0;
  console.log(
    `::: ${label}: ${ok ? 'ok' : `failed (exit ${child.status ?? child.signal})`} in ${seconds}s`,
  );
  return ok;
}

function check(label, command, args) {
  const ok = run(label, command, args);
  totals[ok ? 'passed' : 'failed'] += 1;
  summary.push(`${label}: ${ok ? 'passed' : 'FAILED'}`);
  return ok;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function suite(label, command, args, reportFile, count) {
  rmSync(reportFile, { force: true });
  const ok = run(label, command, args);
  const report = existsSync(reportFile) ? readJson(reportFile) : null;
  if (!report) {
    totals.failed += 1;
    summary.push(`${label}: FAILED (no report written)`);
    return;
  }
  const { passed, failed, skipped } = count(report);
  totals.passed += passed;
  totals.failed += failed + (ok || failed > 0 ? 0 : 1);
  totals.skipped += skipped;
  summary.push(
    `${label}: ${passed} passed, ${failed} failed, ${skipped} skipped${ok ? '' : ' (runner failed)'}`,
  );
}

check(steps.typecheck.label, steps.typecheck.command, steps.typecheck.args);
check(steps.lint.label, steps.lint.command, steps.lint.args);
check(steps.format.label, steps.format.command, steps.format.args);

suite(steps.vitest.label, steps.vitest.command, steps.vitest.args, steps.vitest.report, (r) => ({
  passed: r.numPassedTests ?? 0,
  failed: r.numFailedTests ?? 0,
  skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0),
}));

const built =
  check(steps.build.label, steps.build.command, steps.build.args) &&
  check(steps.buildConsole.label, steps.buildConsole.command, steps.buildConsole.args);
if (built) {
  const { playwright } = steps;
  suite(playwright.label, playwright.command, playwright.args, playwright.report, (r) => ({
    passed: (r.stats?.expected ?? 0) + (r.stats?.flaky ?? 0),
    failed: r.stats?.unexpected ?? 0,
    skipped: r.stats?.skipped ?? 0,
  }));
} else {
  totals.failed += 1;
  summary.push('end-to-end tests: not run (build failed)');
}

console.log('\n::: summary');
for (const line of summary) console.log(`  ${line}`);
if (totals.skipped) console.log(`  (${totals.skipped} skipped: see the reasons printed above)`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
