/**
 * The caseload dashboard and the hearings calendar (issue 18 #1), read from `case_summaries`:
 * open cases only (no closing in force), filtered, searched, sorted and paged in SQL so that a
 * page of an organisation's 5,000 cases costs one indexed scan. Supervisors only (the routes say
 * so); every read is audited with what was asked, never with names.
 */
import { addDays } from '@core/deadlines/calendar-date';
import { todayInChicago } from '@core/deadlines/chicago-today';
import { AppError } from '@core/errors/app-error';
import type {
  CalendarHearing,
  DashboardFilter,
  DashboardQuery,
  DashboardResponse,
  DashboardRow,
} from '@core/sync/dashboard-schemas';
import { dashboardFilters, HEARING_SOON_DAYS, NO_SYNC_DAYS } from '@core/sync/dashboard-schemas';
import type { Caller } from '../auth/auth-context';
import type { Db } from '../db/db';
import { appendAudit } from '../repositories/audit-repository';
import { refreshStaleSummaries } from './case-summaries-service';
import type { SummaryRow } from './case-summaries-read';
import { COLUMNS, toView } from './case-summaries-read';

/**
 * The latest sync of any laptop of each open case's volunteers. Needed over every case only to
 * sort by it; otherwise it is read for the page's rows alone (`PAGE_SYNC`).
 */
const CASE_SYNC = `case_sync AS MATERIALIZED (
    -- One hash join over the organisation's laptops, not a lookup per case.
    SELECT s.case_id, max(d.last_seen_at) AS at
    FROM case_summaries s
    CROSS JOIN LATERAL jsonb_array_elements_text(s.assigned_user_ids) u(id)
    JOIN devices d ON d.user_id = u.id::uuid AND d.org_id = $1 AND d.revoked_at IS NULL
    WHERE s.org_id = $1 AND NOT s.deleted AND s.closed_at IS NULL
    GROUP BY s.case_id
  )`;

/** The same latest sync for one page row (`cs`), by the devices' user index. */
const PAGE_SYNC = `(SELECT max(d.last_seen_at)
    FROM jsonb_array_elements_text(cs.assigned_user_ids) u(id)
    JOIN devices d ON d.user_id = u.id::uuid AND d.org_id = $1 AND d.revoked_at IS NULL)`;

/**
 * The open cases of $1, narrow: only what the filters, counts and sorts read (the page's rows get
 * the summary's other columns afterwards). "No sync for 7 days" is decided per case without
 * computing any case's last sync: the volunteers with a laptop seen in the last 7 days are one
 * small array, and a case is stale when none of its volunteers is in it (`?|`).
 */
function openCases(withSync: boolean): string {
  return `
  WITH recent_users AS (
    SELECT coalesce(array_agg(DISTINCT d.user_id::text), '{}') AS ids FROM devices d
    WHERE d.org_id = $1 AND d.revoked_at IS NULL
      AND d.last_seen_at >= now() - interval '${NO_SYNC_DAYS} days'
  )${withSync ? `, ${CASE_SYNC}` : ''}, open_cases AS (
    SELECT s.case_id, s.reference, s.client_sort_name, s.custody_status, s.detention_date,
      s.next_hearing_date, s.next_hearing_time, s.overdue_count, s.overdue_deadline_date,
      s.nearest_deadline_date, s.assigned_user_ids, s.open_review_items,
      jsonb_array_length(s.assigned_user_ids) = 0 AS unassigned,
      (jsonb_array_length(s.assigned_user_ids) > 0
        AND NOT s.assigned_user_ids ?| (SELECT ids FROM recent_users)) AS stale_sync
      ${withSync ? ', cs.at AS volunteer_sync_at' : ''}
    FROM case_summaries s${withSync ? ' LEFT JOIN case_sync cs ON cs.case_id = s.case_id' : ''}
    WHERE s.org_id = $1 AND NOT s.deleted AND s.closed_at IS NULL
      AND ($2::text IS NULL OR strpos(lower(s.reference), $2) > 0
           OR strpos(lower(s.client_name), $2) > 0
           OR ($3::text IS NOT NULL AND strpos(s.a_number, $3) > 0))
      AND ($4::text IS NULL OR s.assigned_user_ids ? $4::text)
      -- Typed here so that a query whose filters use neither day still binds them.
      AND $5::date IS NOT NULL AND $6::date IS NOT NULL
  )`;
}

/** Each filter as SQL over `open_cases`; $5 is today, $6 today + 14 days. */
const FILTER_SQL: Readonly<Record<DashboardFilter, string>> = {
  detained: `custody_status = 'detained'`,
  hearingSoon: `next_hearing_date BETWEEN $5::date AND $6::date`,
  overdue: `overdue_count > 0`,
  unassigned: `unassigned`,
  noRecentSync: `stale_sync`,
  review: `open_review_items > 0`,
};

const SORT_SQL: Readonly<Record<DashboardQuery['sort'], string>> = {
  reference: 'reference',
  client: 'client_sort_name',
  custodyDays: `CASE WHEN custody_status = 'detained' THEN $5::date - detention_date END`,
  hearing: `next_hearing_date, next_hearing_time`,
  deadline: 'COALESCE(overdue_deadline_date, nearest_deadline_date)',
  lastSync: 'volunteer_sync_at',
  review: 'open_review_items',
};

function orderBy(query: DashboardQuery): string {
  const dir = query.dir === 'desc' ? 'DESC' : 'ASC';
  const keys = SORT_SQL[query.sort]
    .split(/,(?![^(]*\))/)
    .map((key) => `${key.trim()} ${dir} NULLS LAST`);
  return [...keys, `reference ${dir}`, 'case_id'].join(', ');
}

/** Search text as the query compares it: lower case; digits alone also match A-numbers. */
function searchParams(q: string | undefined): [string | null, string | null] {
  const text = q?.trim().toLocaleLowerCase() ?? '';
  if (!text) return [null, null];
  const digits = text.replace(/\D/g, '');
  return [text, digits.length >= 3 ? digits : null];
}

type DashboardSqlRow = SummaryRow & { volunteerSyncAt: Date | null };
/** A page row beside the counts (a page past the end is one row of counts, its case null). */
type CountedRow = DashboardSqlRow & { n_total: number } & Record<`n_${DashboardFilter}`, number>;

/**
 * The dashboard's one statement: the per-filter counts and the page. open_cases is read twice
 * (the counts and the page), so PostgreSQL materialises it once; as two statements the volunteers'
 * last sync was computed over every case twice. Exported for the benchmark's EXPLAIN.
 */
export function dashboardStatement(
  orgId: string,
  query: DashboardQuery,
  today: string,
): { text: string; values: unknown[] } {
  const filters = [...new Set(query.filters ?? [])];
  const where = filters.length ? filters.map((f) => `(${FILTER_SQL[f]})`).join(' AND ') : 'true';
  const order = orderBy(query);
  const counts = dashboardFilters
    .map((f) => `count(*) FILTER (WHERE ${FILTER_SQL[f]})::int AS "n_${f}"`)
    .join(', ');
  // The page is a top-N sort of open_cases (no window over every row, which would sort them all);
  // its 50 rows are numbered afterwards in the same total order (case_id breaks every tie).
  return {
    text: `${openCases(query.sort === 'lastSync')}, counted AS (
       SELECT count(*) FILTER (WHERE ${where})::int AS "n_total", ${counts} FROM open_cases
     ), page AS (
       SELECT * FROM open_cases WHERE ${where} ORDER BY ${order} LIMIT $7 OFFSET $8
     ), numbered AS (
       SELECT case_id, row_number() OVER (ORDER BY ${order}) AS page_order FROM page
     )
     SELECT counted.*, shown.* FROM counted LEFT JOIN LATERAL (
       SELECT ${COLUMNS}, ${PAGE_SYNC} AS "volunteerSyncAt", page_order
       FROM numbered JOIN case_summaries cs USING (case_id)
     ) shown ON true
     ORDER BY shown.page_order`,
    values: [
      orgId,
      ...searchParams(query.q),
      query.volunteer ?? null,
      today,
      addDays(today, HEARING_SOON_DAYS),
      query.limit,
      query.offset,
    ],
  };
}

export async function caseloadDashboard(
  db: Db,
  caller: Caller,
  query: DashboardQuery,
  requestId: string,
  action: 'console.dashboard' | 'console.dashboard_export' = 'console.dashboard',
): Promise<DashboardResponse> {
  if (caller.role !== 'supervisor') throw new AppError('forbidden');
  const today = todayInChicago();
  await refreshStaleSummaries(db, caller.orgId, today);
  const filters = [...new Set(query.filters ?? [])];
  const statement = dashboardStatement(caller.orgId, query, today);
  const result = await db.query<CountedRow>(statement.text, statement.values);
  const head = result.rows[0]!;
  const total = head.n_total;
  const byFilter = Object.fromEntries(dashboardFilters.map((f) => [f, head[`n_${f}`]])) as Record<
    DashboardFilter,
    number
  >;
  const rows = {
    rows: result.rows
      .filter((row) => row.caseId !== null)
      .map((row): DashboardSqlRow => {
        const copy: Record<string, unknown> = { ...row };
        for (const key of Object.keys(copy))
          if (key.startsWith('n_') || key === 'page_order') delete copy[key];
        return copy as unknown as DashboardSqlRow;
      }),
  };
  await appendAudit(db, {
    orgId: caller.orgId,
    actorId: caller.userId,
    deviceId: caller.deviceId,
    sessionId: caller.sessionId,
    requestId,
    action,
    outcome: 'ok',
    details: {
      count: rows.rows.length,
      total,
      filters: filters.join(','),
      searched: Boolean(query.q?.trim()),
    },
  });
  return {
    rows: rows.rows.map(({ volunteerSyncAt, ...row }): DashboardRow => ({
      ...toView(row, caller),
      volunteerLastSyncAt: volunteerSyncAt?.toISOString() ?? null,
    })),
    total,
    counts: byFilter,
    today,
  };
}

/** Every hearing of the open cases between two days (inclusive), across volunteers. */
export async function hearingsCalendar(
  db: Db,
  caller: Caller,
  range: { from: string; to: string },
  requestId: string,
): Promise<CalendarHearing[]> {
  if (caller.role !== 'supervisor') throw new AppError('forbidden');
  const result = await db.query<CalendarHearing>(
    `SELECT s.case_id AS "caseId", s.reference, h->>'id' AS "hearingId", h->>'date' AS date,
       NULLIF(h->>'time', '') AS time, h->>'type' AS type, h->>'format' AS format,
       s.custody_status AS "custodyStatus", s.assigned_user_ids AS "assignedUserIds"
     FROM case_summaries s
     JOIN entities e ON e.id = s.case_id AND e.entity = 'case' AND e.org_id = $1
     CROSS JOIN LATERAL jsonb_array_elements(e.doc->'hearings') h
     WHERE s.org_id = $1 AND NOT s.deleted AND s.closed_at IS NULL
       AND h->>'date' BETWEEN $2 AND $3
     ORDER BY h->>'date', h->>'time' NULLS LAST, s.reference`,
    [caller.orgId, range.from, range.to],
  );
  await appendAudit(db, {
    orgId: caller.orgId,
    actorId: caller.userId,
    deviceId: caller.deviceId,
    sessionId: caller.sessionId,
    requestId,
    action: 'console.hearings_calendar',
    outcome: 'ok',
    details: { from: range.from, to: range.to, count: result.rows.length },
  });
  return result.rows;
}
