/**
 * Keystroke benchmark (issue 11), in headless Chromium: p95 from a keystroke in a 50,000-character
 * note to the painted frame that shows it, in the app's NoteEditor with its autosave running,
 * beside the same keystroke in a plain textarea with the same text in the same page.
 *
 *   npm run bench -- keystroke
 *   npx tsx --tsconfig tsconfig.tests.json bench/notes/keystroke-bench.ts [--runs 3] [--keys 200]
 *
 * Target (issue 11): keystroke to paint p95 ≤ 16 ms on a 50,000-character note.
 */
import { parseArgs } from 'node:util';
import type { KeystrokeResult } from './keystroke-page';
import { loadNow, runPageBench } from '../lib/browser-harness';
import { median } from '../lib/stats';
import { ms, printTable, reportSummary } from '../lib/summary';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: process.env['BENCH_RUNS'] ?? '3' },
    keys: { type: 'string', default: '200' },
  },
});
const runs = Number(values.runs);
const keys = Number(values.keys);

const results = await runPageBench<KeystrokeResult>({
  name: 'keystroke',
  args: { keys, chars: 50_000 },
  runs,
  describe: (r) =>
    `plain p95 ${ms(r.plain.p95)}, NoteEditor p95 ${ms(r.noteEditor.p95)}, saved ${r.savedLength} of ${r.expectedLength} chars`,
});

const pick = (key: 'plain' | 'noteEditor', stat: 'p50' | 'p95' | 'max') =>
  median(results.map((r) => r[key][stat]));
const ratio = median(results.map((r) => r.noteEditor.p95 / r.plain.p95));

console.log(
  `\nkeystroke: ${keys} keys per run into 50,000 characters, medians of ${runs} runs (load now ${loadNow()})`,
);
printTable(
  ['textarea', 'p50', 'p95', 'max', 'p95 / plain p95'],
  (
    [
      ['plain textarea (baseline)', 'plain'],
      ['NoteEditor (React, autosave)', 'noteEditor'],
    ] as const
  ).map(([label, key]) => [
    label,
    ms(pick(key, 'p50')),
    ms(pick(key, 'p95')),
    ms(pick(key, 'max')),
    key === 'plain' ? '1.00' : ratio.toFixed(2),
  ]),
);

const p95 = pick('noteEditor', 'p95');
reportSummary([
  {
    benchmark: 'keystroke',
    metric: 'keystroke to paint p95, 50,000-character note',
    value: ms(p95),
    baseline: ms(pick('plain', 'p95')),
    ratio: `${ratio.toFixed(2)}×`,
    target: '≤ 16 ms',
    met: p95 <= 16,
  },
]);
if (results.some((r) => r.savedLength !== r.expectedLength))
  console.log('warning: a run did not save every keystroke');
