// The names of failed tests, read from the Vitest and Playwright JSON reports, for `npm test`'s
// summary: CI often keeps only the end of the output, where the runners' own failure reports
// (printed long before, in the middle of thousands of lines) are gone.

const firstLine = (text) =>
  String(text ?? '')
    // Colour codes from the runners' messages.
    // eslint-disable-next-line no-control-regex
    .replace(/\u001b\[[0-9;]*m/g, '')
    .split('\n')
    .map((line) => line.trim())
    .find(Boolean) ?? '';

const clip = (text, max = 160) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Failed tests in a Vitest (Jest-shaped) JSON report, and files that failed outside any test. */
export function vitestFailures(report, root = '') {
  const failures = [];
  for (const file of report?.testResults ?? []) {
    const path = String(file.name ?? '').replace(root ? `${root}/` : '', '');
    const failed = (file.assertionResults ?? []).filter((test) => test.status === 'failed');
    for (const test of failed)
      failures.push({
        where: path,
        title: test.fullName ?? test.title,
        why: firstLine(test.failureMessages?.[0]),
      });
    if (failed.length === 0 && file.status === 'failed')
      failures.push({ where: path, title: '(the file itself)', why: firstLine(file.message) });
  }
  return failures;
}

/** Tests that failed in a Playwright JSON report (flaky ones passed on a retry and are not listed). */
export function playwrightFailures(report) {
  const failures = [];
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? [])
      for (const test of spec.tests ?? []) {
        if (test.status !== 'unexpected') continue;
        const last = test.results?.at(-1);
        failures.push({
          where: `${spec.file}:${spec.line}`,
          title: [...titles, spec.title].filter(Boolean).join(' › '),
          why: firstLine(last?.errors?.[0]?.message ?? last?.error?.message ?? last?.status),
        });
      }
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
  };
  // A top-level suite is a file, its title the path: left out of the name.
  for (const file of report?.suites ?? []) walk(file, []);
  for (const error of report?.errors ?? [])
    failures.push({
      where: '(the run)',
      title: '(outside any test)',
      why: firstLine(error.message),
    });
  return failures;
}

/** Summary lines for `failures`, at most `max` of them, then how many more. */
export function failureLines(failures, max = 15) {
  const lines = failures
    .slice(0, max)
    .map(({ where, title, why }) => clip(`✗ ${where} › ${title}${why ? ` — ${why}` : ''}`, 240));
  if (failures.length > max) lines.push(`… and ${failures.length - max} more`);
  return lines;
}
