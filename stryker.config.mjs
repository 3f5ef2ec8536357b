// Mutation testing (StrykerJS + its Vitest runner): `npm run mutate -- <files or groups>`, see
// scripts/mutate.mjs and docs/testing.md. Not part of `npm test` or .ci/run: it runs on demand and
// in the weekly workflow (.github/workflows/mutation.yml).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  // Only the tests that cover a mutant run against it.
  coverageAnalysis: 'perTest',
  // One at a time: the machines this runs on are shared (and PGlite is memory-hungry).
  concurrency: 1,
  // Results of earlier runs are reused for unchanged code and tests (gitignored; the weekly
  // workflow keeps it in its cache).
  incremental: true,
  incrementalFile: '.stryker/incremental.json', // scripts/mutate.mjs names one per group
  tempDirName: '.stryker/tmp',
  cleanTempDir: 'always',
  // Static mutants (module-level data: the legal-field list, the table policy, deadline rules) are
  // tested too; each runs all of its group's tests. MUTATE_IGNORE_STATIC=1 skips them for a quick look.
  ignoreStatic: process.env['MUTATE_IGNORE_STATIC'] === '1',
  timeoutMS: 60_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: '.stryker/report/mutation.html' },
  jsonReporter: { fileName: '.stryker/report/mutation.json' },
  thresholds: { high: 90, low: 85, break: null },
};
