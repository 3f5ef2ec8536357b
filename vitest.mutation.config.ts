// Vitest for mutation runs (stryker.config.mjs): the usual projects, each keeping only the tests
// listed in AMPARO_MUTATE_TESTS (set by scripts/mutate.mjs) that lie under it. Unset: all tests.
import { defineConfig } from 'vitest/config';
import base from './vitest.config';

const wanted = (process.env['AMPARO_MUTATE_TESTS'] ?? '').split(',').filter(Boolean);
type Project = { test: { include: string[] } };
const projects = (base.test?.projects ?? []) as Project[];
const rootOf = (glob: string) => glob.split('*')[0]!.replace(/[^/]*$/, '');

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    projects:
      wanted.length === 0
        ? projects
        : projects
            .map((project) => {
              const root = rootOf(project.test.include[0]!);
              const include = wanted.filter((glob) => glob.startsWith(root));
              return { ...project, test: { ...project.test, include } };
            })
            .filter((project) => project.test.include.length > 0),
  } as typeof base.test,
});
