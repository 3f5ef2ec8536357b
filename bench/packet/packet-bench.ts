/**
 * Exhibit packet benchmark (issue 22), in headless Chromium: a 200-page packet (30 PDFs of 4
 * pages, 20 photos, 5 translated, with cover, index, tabs, certificates and proof of service)
 * built by the app's builder, beside plain pdf-lib merging the same documents in the same page.
 *
 *   npm run bench -- packet
 *   npx tsx --tsconfig tsconfig.tests.json bench/packet/packet-bench.ts [--runs 3]
 *
 * Target: the packet built in ≤ 5 s.
 */
import { parseArgs } from 'node:util';
import type { PacketBenchResult } from './packet-page';
import { loadNow, runPageBench } from '../lib/browser-harness';
import { medianOfRuns } from '../lib/stats';
import { printTable, reportSummary, seconds } from '../lib/summary';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: process.env['BENCH_RUNS'] ?? '3' } },
});
const runs = Number(values.runs);

const results = await runPageBench<PacketBenchResult>({
  name: 'packet',
  args: { pdfs: 30, pagesPerPdf: 4, photos: 20, translated: 5 },
  runs,
  describe: (r) =>
    `${r.pageCount} pages in ${seconds(r.packetMs)} (plain merge ${seconds(r.baselineMs)})`,
});

const r = medianOfRuns(results);
const ratio = r.packetMs / r.baselineMs;
console.log(`\npacket: medians of ${runs} runs (load now ${loadNow()})`);
printTable(
  ['build', 'pages', 'input', 'output', 'time', 'ratio'],
  [
    [
      'plain pdf-lib merge (baseline)',
      String(r.documentPages),
      `${r.inputMegabytes.toFixed(1)} MB`,
      '—',
      seconds(r.baselineMs),
      '1.00',
    ],
    [
      'exhibit packet (buildPacket)',
      String(r.pageCount),
      `${r.inputMegabytes.toFixed(1)} MB`,
      `${r.outputMegabytes.toFixed(1)} MB`,
      seconds(r.packetMs),
      ratio.toFixed(2),
    ],
  ],
);
console.log(`font load (first build only, cached after): ${seconds(r.fontLoadMs)}`);
reportSummary([
  {
    benchmark: 'packet',
    metric: `exhibit packet of ${r.pageCount} pages (PDFs and photos)`,
    value: seconds(r.packetMs),
    baseline: seconds(r.baselineMs),
    ratio: ratio.toFixed(2),
    target: '≤ 5 s',
    met: r.packetMs <= 5_000,
  },
]);
