/**
 * Case summaries benchmark (issue 16): what a staff screen pays to list 5,000 cases. The read
 * model (`case_summaries`, one SELECT plus the audit row) beside the baseline it replaces: loading
 * every case and manual deadline and computing each summary with core's `summarizeCaseFile` per
 * request. Also the write side (one case's summary refreshed, as every push does inside its
 * transaction) and the once-a-day cost (the first read after midnight in Chicago recomputes every
 * row, since a new day can make deadlines overdue).
 *
 *   npm run bench -- case-summaries
 *   DATABASE_URL=postgres://… npx tsx --tsconfig tsconfig.tests.json bench/case-summaries/case-summaries-bench.ts [--cases 5000] [--runs 7]
 *
 * It creates a throwaway database next to the one in DATABASE_URL and drops it at the end.
 */
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { summarizeCaseFile } from '@core/cases/case-summary';
import { todayInChicago } from '@core/deadlines/chicago-today';
import type { CaseFile } from '@core/domain/case-file';
import type { ManualDeadline } from '@core/domain/case-records';
import { cliActor } from '../../server/src/admin/admin-actor';
import { createCases } from '../../server/src/admin/cases-service';
import { hashPassword } from '../../server/src/auth/password-hasher';
import type { Db } from '../../server/src/db/db';
import { migrate } from '../../server/src/db/migrate';
import { createPgDb } from '../../server/src/db/pg-db';
import { insertOrganisation } from '../../server/src/repositories/organisations-repository';
import { insertUser } from '../../server/src/repositories/users-repository';
import { listStaffCases } from '../../server/src/summaries/case-summaries-read';
import {
  refreshCaseSummaries,
  refreshStaleSummaries,
} from '../../server/src/summaries/case-summaries-service';
import { CHEAP_PASSWORD_PARAMS } from '../../server/src/test-support/test-app';
import { withThrowawayDatabase } from '../server-sync/bench-processes';
import { syntheticBenchCases } from '../lib/synthetic-data';
import { median } from '../lib/stats';
import { ms, printTable, reportSummary } from '../lib/summary';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '5000' },
    runs: { type: 'string', default: process.env['BENCH_RUNS'] ?? '7' },
  },
});
const CASES = Number(values.cases);
const RUNS = Number(values.runs);

async function time<T>(run: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await run();
  return [result, performance.now() - start];
}

/** What a staff list would cost without the read model: every document, summarised now. */
async function computePerRequest(db: Db, orgId: string) {
  const rows = await db.query<{ caseId: string; entity: string; doc: Record<string, unknown> }>(
    `SELECT case_id AS "caseId", entity, doc FROM entities
     WHERE org_id = $1 AND entity IN ('case', 'deadline') AND deleted_at IS NULL`,
    [orgId],
  );
  const manual = new Map<string, ManualDeadline[]>();
  for (const row of rows.rows)
    if (row.entity === 'deadline')
      manual.set(row.caseId, [
        ...(manual.get(row.caseId) ?? []),
        row.doc as unknown as ManualDeadline,
      ]);
  const today = todayInChicago();
  return rows.rows
    .filter((row) => row.entity === 'case')
    .map((row) =>
      summarizeCaseFile(row.doc as unknown as CaseFile, manual.get(row.caseId) ?? [], today),
    );
}

async function main() {
  const baseUrl = process.env['DATABASE_URL'];
  if (!baseUrl) {
    console.error(
      'Set DATABASE_URL to a PostgreSQL server (a throwaway database is created on it).',
    );
    process.exit(2);
  }
  await withThrowawayDatabase(baseUrl, async (url) => {
    const db = createPgDb({ connectionString: url });
    try {
      await migrate(db);
      const orgId = randomUUID();
      await insertOrganisation(db, { id: orgId, name: 'Bench organisation' });
      const supervisorId = randomUUID();
      await insertUser(db, {
        id: supervisorId,
        orgId,
        email: `supervisor-${supervisorId.slice(0, 8)}@bench.example.org`,
        displayName: 'Bench Supervisor',
        role: 'supervisor',
        password: await hashPassword('bench password long', CHEAP_PASSWORD_PARAMS),
      });
      const files = syntheticBenchCases(CASES);
      const [, seedMs] = await time(async () => {
        for (let i = 0; i < files.length; i += 200)
          await createCases(db, cliActor(orgId), files.slice(i, i + 200));
      });
      const caller = {
        userId: supervisorId,
        orgId,
        role: 'supervisor' as const,
        deviceId: null,
        sessionId: null,
      };
      // Warm both paths once, then interleave them so load on the shared machine hits both.
      await listStaffCases(db, caller, 'warm');
      await computePerRequest(db, orgId);
      const readModel: number[] = [];
      const perRequest: number[] = [];
      let listed = 0;
      for (let run = 0; run < RUNS; run++) {
        const [cases, a] = await time(() => listStaffCases(db, caller, `bench-${run}`));
        const [computed, b] = await time(() => computePerRequest(db, orgId));
        readModel.push(a);
        perRequest.push(b);
        listed = Math.min(cases.length, computed.length);
      }
      const refresh: number[] = [];
      for (let run = 0; run < 30; run++) {
        const file = files[(run * 97) % files.length]!;
        const [, elapsed] = await time(() =>
          db.transaction((tx) => refreshCaseSummaries(tx, orgId, [file.id])),
        );
        refresh.push(elapsed);
      }
      await db.query(
        `UPDATE case_summaries SET computed_for = computed_for - 1 WHERE org_id = $1`,
        [orgId],
      );
      const [recomputed, newDayMs] = await time(() => refreshStaleSummaries(db, orgId));

      const ratio = median(perRequest) / median(readModel);
      console.log(
        `case-summaries: ${CASES} cases, ${RUNS} interleaved runs, load ${loadavg()[0]!.toFixed(1)}`,
      );
      printTable(
        ['measure', 'median', 'min', 'max'],
        [
          [
            'list via case_summaries',
            ms(median(readModel)),
            ms(Math.min(...readModel)),
            ms(Math.max(...readModel)),
          ],
          [
            'list computed per request (baseline)',
            ms(median(perRequest)),
            ms(Math.min(...perRequest)),
            ms(Math.max(...perRequest)),
          ],
          [
            'one case refreshed (in a push)',
            ms(median(refresh)),
            ms(Math.min(...refresh)),
            ms(Math.max(...refresh)),
          ],
          [`first read of a new day (${recomputed} rows)`, ms(newDayMs), '', ''],
          [`seeding ${CASES} cases with their summaries`, ms(seedMs), '', ''],
        ],
      );
      console.log(`rows listed: ${listed}`);
      reportSummary([
        {
          benchmark: 'bench/case-summaries',
          metric: `staff case list, ${CASES} cases (read model vs computed per request)`,
          value: ms(median(readModel)),
          baseline: ms(median(perRequest)),
          ratio: `${(1 / ratio).toFixed(2)}×`,
          target: 'faster than computing per request',
          met: ratio > 1,
        },
        {
          benchmark: 'bench/case-summaries',
          metric: 'one case summary refreshed inside a push',
          value: ms(median(refresh)),
          target: '—',
          met: null,
        },
        {
          benchmark: 'bench/case-summaries',
          metric: `first staff read of a new Chicago day (${recomputed} rows recomputed)`,
          value: ms(newDayMs),
          target: '—',
          met: null,
        },
      ]);
    } finally {
      await db.close();
    }
  });
}

await main();
