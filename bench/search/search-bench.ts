/**
 * Search benchmark (issue 4, ARCHITECTURE §8), in headless Chromium: the case list's
 * CaseSearchIndex over 1,000 cases and an in-memory MiniSearch over 20,000 note bodies of ~1 KB.
 * Only the case search is the app's; the MiniSearch figure is the library alone (printed apart,
 * not in the summary table).
 *
 *   npm run bench -- search
 *   npx tsx --tsconfig tsconfig.tests.json bench/search/search-bench.ts [--runs 3] [--notes 20000]
 *
 * Targets: case search p95 ≤ 20 ms; note search p95 ≤ 50 ms.
 */
import { parseArgs } from 'node:util';
import type { SearchResult } from './search-page';
import { loadNow, runPageBench } from '../lib/browser-harness';
import { medianOfRuns } from '../lib/stats';
import { ms, printTable, reportSummary, seconds } from '../lib/summary';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: process.env['BENCH_RUNS'] ?? '3' },
    cases: { type: 'string', default: '1000' },
    notes: { type: 'string', default: '20000' },
    queries: { type: 'string', default: '400' },
  },
});
const runs = Number(values.runs);

const results = await runPageBench<SearchResult>({
  name: 'search',
  args: {
    cases: Number(values.cases),
    notes: Number(values.notes),
    queries: Number(values.queries),
  },
  runs,
  describe: (result) =>
    `cases p95 ${ms(result.cases.query.p95, 2)}, notes p95 ${ms(result.notes.query.p95, 2)} (index built in ${seconds(result.notes.buildMs)})`,
});

const r = medianOfRuns(results);
console.log(
  `\nsearch: ${values.queries} queries each, medians of ${runs} runs (load now ${loadNow()})`,
);
printTable(
  ['index', 'documents', 'build', 'query p50', 'query p95', 'max', 'mean hits'],
  [
    [
      'CaseSearchIndex',
      String(r.cases.count),
      ms(r.cases.buildMs, 0),
      ms(r.cases.query.p50, 2),
      ms(r.cases.query.p95, 2),
      ms(r.cases.query.max, 2),
      r.cases.meanHits.toFixed(1),
    ],
    [
      'MiniSearch over note bodies (standalone library, not the app)',
      `${r.notes.count} (${r.notes.megabytes.toFixed(1)} MB)`,
      seconds(r.notes.buildMs),
      ms(r.notes.query.p50, 2),
      ms(r.notes.query.p95, 2),
      ms(r.notes.query.max, 2),
      r.notes.meanHits.toFixed(0),
    ],
  ],
);
// The MiniSearch figures measure the library alone over synthetic notes, not a feature of the app:
// they stay out of the app's summary table until the app has a note search to measure.
console.log(
  `\nstandalone library (not in the app's summary): MiniSearch note search p95 ${ms(r.notes.query.p95, 2)} over ${r.notes.count} notes (§8's note-search target is 50 ms), index built in ${seconds(r.notes.buildMs)}`,
);
reportSummary([
  {
    benchmark: 'search',
    metric: `case search p95 (${r.cases.count} cases)`,
    value: ms(r.cases.query.p95, 2),
    target: '≤ 20 ms',
    met: r.cases.query.p95 <= 20,
  },
]);
