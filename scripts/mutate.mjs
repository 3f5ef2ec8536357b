// `npm run mutate -- [group or file ...]`: StrykerJS on the critical modules, one group at a time.
// With no argument every group runs, smallest first. A group is a name below; anything else is a
// file (or glob) handed to Stryker's --mutate, tested by the tests of the group it lies in.
// Each group names the tests that guard it (vitest.mutation.config.ts keeps only those), so the
// first, unmutated run does not run the whole suite.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';

import { groupOf, mutationGroups, notCode } from './lib/mutation-groups.mjs';

const args = process.argv.slice(2);
const runs = (args.length > 0 ? args : Object.keys(mutationGroups)).map((arg) => {
  const group = mutationGroups[arg];
  return group
    ? { name: arg, mutate: group.mutate, tests: group.tests }
    : { name: arg, mutate: [arg], tests: groupOf(arg)?.tests ?? [] };
});

// MUTATE_TESTS=a.test.ts,b.test.ts narrows a run to those tests (a quick look at one file).
const override = process.env.MUTATE_TESTS?.split(',').filter(Boolean);
if (override?.length) for (const run of runs) run.tests = override;

let failed = false;
for (const run of runs) {
  console.log(`\n::: mutate ${run.name} (tests: ${run.tests.join(', ') || 'all related'})`);
  const slug = run.name.replace(/[^a-z0-9-]+/gi, '_');
  // One incremental file per group: a run keeps only the files it mutated.
  const stryker = ['stryker', 'run', 'stryker.config.mjs', '--incrementalFile'];
  stryker.push(`.stryker/incremental-${slug}.json`, '--mutate');
  stryker.push([...run.mutate, ...notCode].join(','));
  // Low priority where the shell allows it: mutation runs are long and machines are shared.
  const [command, commandArgs] =
    process.platform === 'win32'
      ? ['npx.cmd', stryker]
      : ['nice', ['-n', process.env.MUTATE_NICE ?? '15', 'npx', ...stryker]];
  // With DATABASE_URL, server tests run on PostgreSQL only (AMPARO_TEST_BACKENDS): about 3 times
  // faster per mutant than PGlite, which each test file starts anew (docs/testing.md).
  const backends = process.env.DATABASE_URL ? { AMPARO_TEST_BACKENDS: 'postgres' } : {};
  const child = spawnSync(command, commandArgs, {
    stdio: 'inherit',
    env: { ...backends, ...process.env, AMPARO_MUTATE_TESTS: run.tests.join(',') },
  });
  if (child.status !== 0) failed = true;
  for (const kind of ['html', 'json']) {
    const report = `.stryker/report/mutation.${kind}`;
    if (existsSync(report)) copyFileSync(report, `.stryker/report/${slug}.${kind}`);
  }
}
process.exit(failed ? 1 : 0);
