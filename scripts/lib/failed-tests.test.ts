import { describe, expect, it } from 'vitest';
import { failureLines, playwrightFailures, vitestFailures } from './failed-tests.mjs';

const vitestReport = {
  numFailedTests: 2,
  testResults: [
    {
      name: '/repo/renderer/src/db/notes-repository.test.ts',
      status: 'failed',
      message: '',
      assertionResults: [
        { fullName: 'notes keeps a fork', status: 'passed', failureMessages: [] },
        {
          fullName: 'notes saves the last keystroke',
          status: 'failed',
          failureMessages: [
            '\u001b[31mAssertionError: expected 1 to be 2\u001b[39m\n    at x.ts:1:1',
          ],
        },
      ],
    },
    {
      name: '/repo/server/src/sync/push-service.test.ts',
      status: 'failed',
      message: "Error: Cannot find module './gone'\n  at import",
      assertionResults: [],
    },
    { name: '/repo/core/x.test.ts', status: 'passed', assertionResults: [{ status: 'passed' }] },
  ],
};

const spec = (title: string, line: number, status: string, message?: string) => ({
  title,
  file: 'test/e2e/web/sync.spec.ts',
  line,
  tests: [
    {
      projectName: 'web',
      status,
      results: [
        {
          status: status === 'unexpected' ? 'timedOut' : 'passed',
          errors: message ? [{ message }] : [],
        },
      ],
    },
  ],
});

const playwrightReport = {
  suites: [
    {
      title: 'test/e2e/web/sync.spec.ts',
      file: 'test/e2e/web/sync.spec.ts',
      specs: [spec('notes reach the supervisor', 17, 'expected')],
      suites: [
        {
          title: 'no keystroke lost',
          specs: [
            spec(
              'a sentence typed before Lock',
              25,
              'unexpected',
              'Test timeout of 60000ms exceeded.\nmore',
            ),
            spec('skipped here', 40, 'skipped'),
          ],
        },
      ],
    },
  ],
  errors: [{ message: 'Error: webServer exited early' }],
};

describe('the failed tests named in the summary', () => {
  it('names each failed Vitest test with its file and first line, and a file that failed to load', () => {
    expect(vitestFailures(vitestReport, '/repo')).toEqual([
      {
        where: 'renderer/src/db/notes-repository.test.ts',
        title: 'notes saves the last keystroke',
        why: 'AssertionError: expected 1 to be 2',
      },
      {
        where: 'server/src/sync/push-service.test.ts',
        title: '(the file itself)',
        why: "Error: Cannot find module './gone'",
      },
    ]);
  });

  it('names each failed Playwright test with its describe titles and line, and errors of the run', () => {
    expect(playwrightFailures(playwrightReport)).toEqual([
      {
        where: 'test/e2e/web/sync.spec.ts:25',
        title: 'no keystroke lost › a sentence typed before Lock',
        why: 'Test timeout of 60000ms exceeded.',
      },
      { where: '(the run)', title: '(outside any test)', why: 'Error: webServer exited early' },
    ]);
  });

  it('lists nothing for passing reports or none at all', () => {
    expect(vitestFailures({ testResults: [vitestReport.testResults[2]] })).toEqual([]);
    expect(vitestFailures(null)).toEqual([]);
    expect(playwrightFailures({ suites: [{ specs: [spec('ok', 1, 'expected')] }] })).toEqual([]);
  });

  it('keeps the summary short: at most the given number of lines, then how many more', () => {
    const many = Array.from({ length: 4 }, (_, i) => ({
      where: `f${i}.ts`,
      title: `t${i}`,
      why: '',
    }));
    expect(failureLines(many, 2)).toEqual(['✗ f0.ts › t0', '✗ f1.ts › t1', '… and 2 more']);
    const long = failureLines([{ where: 'a.ts', title: 't', why: 'x'.repeat(400) }]);
    expect(long[0]).toHaveLength(240);
  });
});
