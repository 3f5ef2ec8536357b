/**
 * What the per-case state checksum (migration 030) costs the push path: the same pushes with its
 * triggers enabled and disabled, interleaved on one database, so that a loaded machine slows both
 * alike (compare the ratio). Also times the pull's extra read (the checksums of a page's cases).
 *
 *   DATABASE_URL=postgres://… npx tsx --tsconfig tsconfig.tests.json bench/server-sync/checksum-cost-bench.ts [--rounds 6] [--batches 5]
 */
import { loadavg } from 'node:os';
import type { CaseFile } from '@core/domain/case-file';
import { parseArgs } from 'node:util';
import { readCaseChecksums } from '../../server/src/repositories/case-checksum-repository';
import {
  casePatch,
  noteRevisionMutation,
  pushBatch,
  seedCase,
} from '../../server/src/test-support/sync-fixtures';
import { createTestApp, createTestOrg, signIn } from '../../server/src/test-support/test-app';

const { values } = parseArgs({
  options: { rounds: { type: 'string', default: '6' }, batches: { type: 'string', default: '5' } },
});
const ROUNDS = Number(values.rounds);
const BATCHES = Number(values.batches);
const CASES = 20;
const TRIGGERS = [
  ['entities', 'entities_case_checksum'],
  ['note_revisions', 'note_revisions_case_checksum'],
  ['change_log', 'change_log_case_last_seq'],
] as const;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const t = await createTestApp(process.env['DATABASE_URL'] ? 'postgres' : 'pglite');
  const org = await createTestOrg(t.db);
  const files: CaseFile[] = [];
  for (let i = 0; i < CASES; i += 1)
    files.push(await seedCase(t.db, org.orgId, [org.attorneyA.id]));
  const session = await signIn(t.app, org.attorneyA);
  const versions = new Map(files.map((f) => [f.id, 1]));
  let seq = 0;
  const rates: Record<'on' | 'off', number[]> = { on: [], off: [] };
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const mode of round % 2 === 0 ? (['on', 'off'] as const) : (['off', 'on'] as const)) {
      for (const [table, trigger] of TRIGGERS)
        await t.db.query(
          `ALTER TABLE ${table} ${mode === 'on' ? 'ENABLE' : 'DISABLE'} TRIGGER ${trigger}`,
        );
      const started = performance.now();
      let applied = 0;
      for (let b = 0; b < BATCHES; b += 1) {
        const batch = Array.from({ length: 100 }, (_, i) => {
          seq += 1;
          const file = files[(seq + i) % CASES]!;
          if (i % 2 === 1) return noteRevisionMutation(seq, file.id);
          const version = versions.get(file.id)!;
          versions.set(file.id, version + 1);
          return casePatch(seq, file.id, version, { 'court/judge': `IJ ${seq}` });
        });
        const response = await pushBatch(t.app, session, batch);
        applied += response
          .json<{ results: { status: string }[] }>()
          .results.filter((r) => r.status === 'applied').length;
      }
      rates[mode].push((applied / (performance.now() - started)) * 1000);
    }
  }
  const reads: number[] = [];
  for (let i = 0; i < 50; i += 1) {
    const started = performance.now();
    await readCaseChecksums(
      t.db,
      org.orgId,
      files.map((f) => f.id),
      Number.MAX_SAFE_INTEGER,
    );
    reads.push(performance.now() - started);
  }
  await t.close();
  const on = median(rates.on);
  const off = median(rates.off);
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}; ${t.db.kind}`,
  );
  console.log(
    `push, triggers on:  median ${on.toFixed(0)} applied mutations/s (${rates.on.map((r) => r.toFixed(0)).join(', ')})`,
  );
  console.log(
    `push, triggers off: median ${off.toFixed(0)} applied mutations/s (${rates.off.map((r) => r.toFixed(0)).join(', ')})`,
  );
  console.log(`ratio on/off: ${(on / off).toFixed(2)}`);
  console.log(`pull's checksum read for ${CASES} cases: median ${median(reads).toFixed(2)} ms`);
}

await main();
