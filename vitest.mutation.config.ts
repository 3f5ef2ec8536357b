// Vitest for mutation runs (stryker.config.mjs): the usual projects, each keeping only the tests
// listed in AMPARO_MUTATE_TESTS (set by scripts/mutate.mjs) that lie under it. Unset: all tests.
import { statSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';
import base from './vitest.config';

const wanted = (process.env['AMPARO_MUTATE_TESTS'] ?? '').split(',').filter(Boolean);
type Project = { test: { include: string[] } };
const projects = (base.test?.projects ?? []) as Project[];
const rootOf = (glob: string) => glob.split('*')[0]!.replace(/[^/]*$/, '');

const globPattern = (glob: string) =>
  new RegExp(
    `(^|/)${glob
      .split('**/')
      .map((part) => part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*'))
      .join('(.*/)?')}$`,
  );
const patterns = wanted.map(globPattern);
const rank = (file: string) => {
  const index = patterns.findIndex((pattern) => pattern.test(file));
  return index < 0 ? patterns.length : index;
};
const size = (file: string) => statSync(file, { throwIfNoEntry: false })?.size ?? 0;

/**
 * Test files in the order the group lists them, smaller files first within a glob (Vitest's own
 * order runs the longest first). With bail, a mutant is killed by the first failing file, so the
 * quick, focused tests listed first decide most mutants before the slow ones start.
 */
class CheapFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return [...files].sort(
      (a, b) => rank(a.moduleId) - rank(b.moduleId) || size(a.moduleId) - size(b.moduleId),
    );
  }
}

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    // Instrumented code runs slower (a hot loop calls Stryker's switch on every pass).
    // MUTATE_TEST_TIMEOUT (ms) raises it for a file whose tests loop hard (core/sync/line-diff.ts).
    testTimeout: Number(process.env['MUTATE_TEST_TIMEOUT'] ?? 120_000),
    sequence: { ...base.test?.sequence, sequencer: CheapFirst },
    projects:
      wanted.length === 0
        ? projects
        : projects
            .map((project) => {
              const own = project.test.include;
              // A project of globs keeps the wanted globs under its roots; a project that lists
              // its files (renderer-isolated: files that mock or spy) keeps its files that a
              // wanted glob matches. Taking the first file's folder as the root, as for a glob,
              // dropped seal-ahead.test.ts and every other isolated file from every run.
              const include = own.every((glob) => glob.includes('*'))
                ? wanted.filter((glob) => own.some((mine) => glob.startsWith(rootOf(mine))))
                : own.filter((file) => patterns.some((pattern) => pattern.test(file)));
              return { ...project, test: { ...project.test, include } };
            })
            .filter((project) => project.test.include.length > 0),
  } as typeof base.test,
});
