// StrykerJS groups: the critical modules and the tests that guard each (used by scripts/mutate.mjs).
// Quick, focused tests first: a mutant's covering test files run in this order (cheapest first
// within a glob, vitest.mutation.config.ts) and the first failure ends its run.
export const mutationGroups = {
  'route-access': {
    mutate: ['server/src/app/route-access.ts'],
    tests: [
      'server/src/app/route-access.test.ts',
      'server/src/app/authorization-matrix.test.ts',
      'server/src/app/cross-organisation.test.ts',
    ],
  },
  'sync-store': {
    mutate: ['renderer/src/db/sync-*.ts'],
    tests: ['renderer/src/db/sync-*.test.ts', 'renderer/src/sync/*.test.ts'],
  },
  crypto: {
    mutate: ['renderer/src/db/crypto/**/*.ts'],
    tests: ['renderer/src/db/crypto/**/*.test.ts', 'renderer/src/db/vault.test.ts'],
  },
  'core-sync': {
    mutate: ['core/sync/**/*.ts'],
    tests: [
      'core/sync/**/*.test.ts',
      'server/src/sync/document-merge.test.ts',
      'server/src/sync/legal-field-conflicts.test.ts',
    ],
  },
  deadlines: { mutate: ['core/deadlines/**/*.ts'], tests: ['core/deadlines/**/*.test.ts'] },
  'server-sync': { mutate: ['server/src/sync/**/*.ts'], tests: ['server/src/sync/**/*.test.ts'] },
  'server-repositories': {
    mutate: ['server/src/repositories/**/*.ts'],
    tests: ['server/src/**/*.test.ts'],
  },
};
export const notCode = [
  '!**/*.test.ts',
  '!**/*.test.tsx',
  '!**/*.fixture.ts',
  '!**/test-*.ts',
  // Helpers shared by tests (sync-revocations.test-support.ts lies among the sync-store files).
  '!**/*.test-support.ts',
  '!**/test-support/**',
];

/**
 * The group a file lies in: the text of a glob before its first `*` must start the file's path
 * (`renderer/src/db/sync-*.ts` takes `renderer/src/db/sync-revocations.ts`, not
 * `renderer/src/db/crypto/table-policy.ts`, which the crypto group's tests guard).
 */
export function groupOf(file) {
  return Object.values(mutationGroups).find((group) =>
    group.mutate.some((glob) =>
      glob.includes('*') ? file.startsWith(glob.split('*')[0]) : file === glob,
    ),
  );
}
