/**
 * Caseload dashboard benchmark (issue 18, Scale): 5,000 cases, 150 volunteers with laptops, and
 * 200,000 note revisions on PostgreSQL. Measures, in one process and interleaved with a baseline:
 * the dashboard's first page (the server query behind the first screen), each filter and sort,
 * a search, the CSV export's query, and the staff case view of a case with its revisions. The
 * baseline is the existing staff case list (every open case, unfiltered, from case_summaries).
 *
 *   npm run bench -- dashboard
 *   DATABASE_URL=postgres://… npx tsx --tsconfig tsconfig.tests.json bench/dashboard/dashboard-bench.ts [--cases 5000] [--runs 30]
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { DashboardQuery } from '@core/sync/dashboard-schemas';
import type { Caller } from '../../server/src/auth/auth-context';
import type { Db } from '../../server/src/db/db';
import { json } from '../../server/src/db/db';
import { migrate } from '../../server/src/db/migrate';
import { createPgDb } from '../../server/src/db/pg-db';
import { readStaffCaseRecord } from '../../server/src/summaries/case-record-read';
import { COLUMNS, listStaffCases } from '../../server/src/summaries/case-summaries-read';
import { appendAudit } from '../../server/src/repositories/audit-repository';
import { caseloadDashboard, dashboardStatement } from '../../server/src/summaries/dashboard-read';
import { todayInChicago } from '@core/deadlines/chicago-today';
import { withThrowawayDatabase } from '../server-sync/bench-processes';
import { median, percentile } from '../lib/stats';
import { ms, printTable, reportSummary } from '../lib/summary';
import { seedDashboardOrg } from './dashboard-seed';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '5000' },
    volunteers: { type: 'string', default: '150' },
    revisions: { type: 'string', default: '200000' },
    runs: { type: 'string', default: process.env['BENCH_RUNS'] ?? '30' },
    /** Print the plan (EXPLAIN ANALYZE, BUFFERS) of the first page's statement after warming. */
    explain: { type: 'boolean', default: process.env['BENCH_EXPLAIN'] === '1' },
  },
});
const CASES = Number(values.cases);
const VOLUNTEERS = Number(values.volunteers);
const REVISIONS = Number(values.revisions);
const RUNS = Number(values.runs);

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/**
 * The floor under any dashboard call, run beside it: 50 summary rows read by primary key (what the
 * page's last step reads) and the audit row every staff read writes. Nothing of the dashboard's
 * own work (filters, counts, sort over every open case) is in it.
 */
async function floorCall(db: Db, caller: Caller, ids: readonly string[], requestId: string) {
  await db.query(
    `SELECT ${COLUMNS} FROM case_summaries
     WHERE case_id IN (SELECT jsonb_array_elements_text($1::jsonb)::uuid) ORDER BY case_id`,
    [json(ids)],
  );
  await appendAudit(db, {
    orgId: caller.orgId,
    actorId: caller.userId,
    deviceId: null,
    sessionId: null,
    requestId,
    action: 'console.dashboard',
    outcome: 'ok',
    details: { floor: true },
  });
}

const first: DashboardQuery = { sort: 'hearing', dir: 'asc', offset: 0, limit: 50 };
const variants: [string, DashboardQuery][] = [
  ['filter: detained', { ...first, filters: ['detained'] }],
  ['filter: hearing within 14 days', { ...first, filters: ['hearingSoon'] }],
  ['filter: overdue', { ...first, filters: ['overdue'] }],
  ['filter: unassigned', { ...first, filters: ['unassigned'] }],
  ['filter: no sync for 7 days', { ...first, filters: ['noRecentSync'] }],
  ['sort: client, descending', { ...first, sort: 'client', dir: 'desc' }],
  ['sort: volunteer last sync', { ...first, sort: 'lastSync' }],
  ['sort: days in custody', { ...first, sort: 'custodyDays', dir: 'desc' }],
  ['search: part of a name', { ...first, q: 'ba' }],
  ['page 50 (offset 2,450)', { ...first, offset: 2450 }],
];

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
      const seedStart = performance.now();
      const { caller, files, revisions } = await seedDashboardOrg(db, {
        cases: CASES,
        volunteers: VOLUNTEERS,
        revisions: REVISIONS,
      });
      const seedMs = performance.now() - seedStart;
      const caseId = files[7]!.id;
      for (let i = 0; i < 3; i++) {
        await caseloadDashboard(db, caller, first, 'warm');
        await listStaffCases(db, caller, 'warm');
        await readStaffCaseRecord(db, caller, caseId, 'warm');
      }
      if (values.explain) {
        const statement = dashboardStatement(caller.orgId, first, todayInChicago());
        const plan = await db.query<{ 'QUERY PLAN': string }>(
          `EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`,
          statement.values,
        );
        console.log(plan.rows.map((r) => r['QUERY PLAN']).join('\n'));
      }
      const firstPage: number[] = [];
      const baseline: number[] = [];
      const floor: number[] = [];
      const pageIds = files.slice(0, 50).map((f) => f.id);
      const caseView: number[] = [];
      const byVariant = new Map<string, number[]>(variants.map(([name]) => [name, []]));
      for (let run = 0; run < RUNS; run++) {
        firstPage.push(await timed(() => caseloadDashboard(db, caller, first, `b${run}`)));
        baseline.push(await timed(() => listStaffCases(db, caller, `b${run}`)));
        floor.push(await timed(() => floorCall(db, caller, pageIds, `f${run}`)));
        caseView.push(
          await timed(() =>
            readStaffCaseRecord(db, caller, files[(run * 131) % files.length]!.id, `b${run}`),
          ),
        );
        for (const [name, query] of variants)
          byVariant
            .get(name)!
            .push(await timed(() => caseloadDashboard(db, caller, query, `b${run}`)));
      }
      const exportMs = await timed(() =>
        caseloadDashboard(
          db,
          caller,
          { ...first, limit: 10_000 },
          'export',
          'console.dashboard_export',
        ),
      );
      const load = loadavg()[0]!.toFixed(1);
      const allVariants = [...byVariant.values()].flat();
      console.log(
        `dashboard: ${files.length} cases, ${VOLUNTEERS} volunteers, ${revisions} note revisions, ${RUNS} interleaved runs, load ${load}`,
      );
      const row = (name: string, samples: number[]) => [
        name,
        ms(median(samples)),
        ms(percentile(samples, 95)),
        ms(Math.max(...samples)),
      ];
      printTable(
        ['measure', 'p50', 'p95', 'max'],
        [
          row('dashboard first page (50 of all open cases)', firstPage),
          ...[...byVariant].map(([name, samples]) => row(name, samples)),
          row('case view (record with its revisions)', caseView),
          row('baseline: staff case list, every case, unfiltered', baseline),
          row('floor: 50 summaries by primary key + the audit row', floor),
          [`CSV export query (all ${files.length})`, ms(exportMs), '', ''],
          [`seeding`, ms(seedMs), '', ''],
        ],
      );
      const p95 = (s: number[]) => percentile(s, 95);
      reportSummary([
        {
          benchmark: 'bench/dashboard',
          metric: `dashboard server query, first page of ${files.length} cases (load ${load})`,
          value: ms(p95(firstPage)),
          baseline: ms(p95(baseline)),
          ratio: `${(p95(firstPage) / p95(baseline)).toFixed(2)}× list, ${(p95(firstPage) / p95(floor)).toFixed(1)}× floor (${ms(p95(floor))})`,
          target: 'p95 ≤ 150 ms',
          met: p95(firstPage) <= 150,
        },
        {
          benchmark: 'bench/dashboard',
          metric: `filter, sort, search and page queries, p95 of all (load ${load})`,
          value: ms(p95(allVariants)),
          baseline: ms(p95(baseline)),
          ratio: `${(p95(allVariants) / p95(baseline)).toFixed(2)}× list, ${(p95(allVariants) / p95(floor)).toFixed(1)}× floor`,
          target: 'p95 ≤ 100 ms (server side of the filter/sort target)',
          met: p95(allVariants) <= 100,
        },
        {
          benchmark: 'bench/dashboard',
          metric: `staff case view, ~${Math.round(revisions / files.length)} revisions a case (load ${load})`,
          value: ms(p95(caseView)),
          target: 'p95 ≤ 300 ms',
          met: p95(caseView) <= 300,
        },
      ]);
    } finally {
      await db.close();
    }
  });
}

await main();
