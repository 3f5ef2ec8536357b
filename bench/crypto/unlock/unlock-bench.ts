/**
 * Unlock benchmark (issue 7), in headless Chromium: createVault (Argon2id calibration on this
 * machine, then the derivation with the chosen passes) and unlockVault with the stored
 * parameters. The passes are calibrated for ~0.8 s, so this measures whether calibration lands
 * in the target band on a loaded machine.
 *
 *   npm run bench -- unlock
 *   npx tsx --tsconfig tsconfig.tests.json bench/crypto/unlock/unlock-bench.ts [--runs 3] [--unlocks 5]
 *
 * Target (issue 7): unlock 0.5–1.5 s.
 */
import { parseArgs } from 'node:util';
import type { UnlockResult } from './unlock-page';
import { loadNow, runPageBench } from '../../lib/browser-harness';
import { median } from '../../lib/stats';
import { ms, printTable, reportSummary } from '../../lib/summary';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: process.env['BENCH_RUNS'] ?? '3' },
    unlocks: { type: 'string', default: '5' },
  },
});
const runs = Number(values.runs);

const results = await runPageBench<UnlockResult>({
  name: 'unlock',
  args: { unlocks: Number(values.unlocks) },
  runs,
  describe: (result) =>
    `Argon2id ${result.memoryKiB / 1024} MiB x ${result.iterations} passes; create ${ms(result.createVaultMs, 0)}, unlock ${result.unlockMs.map((t) => t.toFixed(0)).join(', ')} ms`,
});

const unlockMedian = median(results.map((r) => median(r.unlockMs)));
const unlockMax = Math.max(...results.flatMap((r) => r.unlockMs));
const unlockMin = Math.min(...results.flatMap((r) => r.unlockMs));
console.log(`\nunlock: medians of ${runs} runs (load now ${loadNow()})`);
printTable(
  ['step', 'time'],
  [
    ['calibrateArgon2 (2-pass probe)', ms(median(results.map((r) => r.calibrationMs)), 0)],
    ['2-pass probe again', ms(median(results.map((r) => r.probeMs)), 0)],
    ['createVault (calibrate + derive + wrap)', ms(median(results.map((r) => r.createVaultMs)), 0)],
    ['passes chosen', results.map((r) => r.iterations).join(', ')],
    ['unlockVault (median)', ms(unlockMedian, 0)],
    ['unlockVault (min – max, all runs)', `${unlockMin.toFixed(0)} – ${unlockMax.toFixed(0)} ms`],
  ],
);
reportSummary([
  {
    benchmark: 'unlock',
    metric: 'unlockVault (Argon2id, calibrated)',
    value: ms(unlockMedian, 0),
    target: '0.5–1.5 s',
    met: unlockMedian >= 500 && unlockMedian <= 1500,
  },
  {
    benchmark: 'unlock',
    metric: 'createVault (first run)',
    value: ms(median(results.map((r) => r.createVaultMs)), 0),
    target: '—',
    met: null,
  },
]);
