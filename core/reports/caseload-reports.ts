/**
 * The console's reports (issue 18 #6), computed from plain facts the server reads: each case's
 * opening and closing times, custody and outcome, the defenses sought, hearing dates and pro bono
 * time entries. Quarters and weeks are America/Chicago calendar dates (weeks start on Monday).
 * A case counts in the quarter it was opened ("opened ... by custody", "relief sought") and in
 * the quarter its closing in force was recorded ("closed ... by outcome").
 */
import { weekStart } from '../cases/time-log';
import type { CaseOutcome } from '../cases/case-outcome';
import type { IsoDate } from '../deadlines/calendar-date';
import { addDays, daysBetween } from '../deadlines/calendar-date';
import { todayInChicago } from '../deadlines/chicago-today';

export interface ReportCase {
  readonly caseId: string;
  readonly reference: string;
  readonly openedAt: Date;
  readonly custodyStatus: string;
  readonly detentionDate: IsoDate | null;
  readonly releaseDate: IsoDate | null;
  readonly hearingDates: readonly IsoDate[];
  readonly closedAt: Date | null;
  readonly outcome: CaseOutcome | null;
  /** Defense catalog ids with a checklist that is not set aside. */
  readonly reliefSought: readonly string[];
}

export interface ReportTimeEntry {
  readonly caseId: string;
  readonly attorneyId: string;
  readonly minutes: number;
}

export interface ReportPerson {
  readonly id: string;
  readonly displayName: string;
  readonly firm: string | null;
}

/** Outcome groups a report counts: releases by how, the other kinds as they are. */
export function outcomeGroup(outcome: CaseOutcome): string {
  return outcome.kind === 'released' ? `released_${outcome.release}` : outcome.kind;
}

export function quarterOf(date: IsoDate): string {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

export const RELEASE_BUCKETS = [
  { key: '0-7', max: 7 },
  { key: '8-30', max: 30 },
  { key: '31-60', max: 60 },
  { key: '61-90', max: 90 },
  { key: '91-180', max: 180 },
  { key: '181+', max: Infinity },
] as const;

type Counts = Record<string, number>;
const bump = (counts: Counts, key: string, by = 1) => {
  counts[key] = (counts[key] ?? 0) + by;
};

export interface QuarterRow {
  quarter: string;
  opened: number;
  closed: number;
  openedByCustody: Counts;
  closedByOutcome: Counts;
  reliefSought: Counts;
}

export interface CaseloadReports {
  from: IsoDate;
  to: IsoDate;
  quarters: QuarterRow[];
  releaseDays: { buckets: { key: string; count: number }[]; median: number | null; count: number };
  proBono: {
    byVolunteer: { id: string; name: string; firm: string | null; minutes: number }[];
    byFirm: { firm: string | null; minutes: number }[];
    byCase: { caseId: string; reference: string; minutes: number }[];
    totalMinutes: number;
  };
  hearingsPerWeek: { week: IsoDate; count: number }[];
}

function quartersBetween(from: IsoDate, to: IsoDate): string[] {
  const out: string[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++)
    for (let q = 1; q <= 4; q++) {
      const key = `${year}-Q${q}`;
      if (key >= quarterOf(from) && key <= quarterOf(to)) out.push(key);
    }
  return out;
}

export function buildReports(
  input: {
    cases: readonly ReportCase[];
    time: readonly ReportTimeEntry[];
    people: readonly ReportPerson[];
  },
  range: { from: IsoDate; to: IsoDate },
): CaseloadReports {
  const inRange = (day: IsoDate) => day >= range.from && day <= range.to;
  const quarters = new Map<string, QuarterRow>(
    quartersBetween(range.from, range.to).map((quarter) => [
      quarter,
      { quarter, opened: 0, closed: 0, openedByCustody: {}, closedByOutcome: {}, reliefSought: {} },
    ]),
  );
  const releaseDays: number[] = [];
  const weeks = new Map<IsoDate, number>();
  for (let week = weekStart(range.from); week <= range.to; week = addDays(week, 7))
    weeks.set(week, 0);
  for (const c of input.cases) {
    const opened = todayInChicago(c.openedAt);
    const openedRow = inRange(opened) ? quarters.get(quarterOf(opened)) : undefined;
    if (openedRow) {
      openedRow.opened += 1;
      bump(openedRow.openedByCustody, c.custodyStatus);
      for (const defense of new Set(c.reliefSought)) bump(openedRow.reliefSought, defense);
    }
    if (c.closedAt && c.outcome) {
      const closed = todayInChicago(c.closedAt);
      const closedRow = inRange(closed) ? quarters.get(quarterOf(closed)) : undefined;
      if (closedRow) {
        closedRow.closed += 1;
        bump(closedRow.closedByOutcome, outcomeGroup(c.outcome));
      }
    }
    if (c.detentionDate && c.releaseDate && inRange(c.releaseDate)) {
      const days = daysBetween(c.detentionDate, c.releaseDate);
      if (days >= 0) releaseDays.push(days);
    }
    for (const day of c.hearingDates) {
      if (!inRange(day)) continue;
      const week = weekStart(day);
      weeks.set(week, (weeks.get(week) ?? 0) + 1);
    }
  }
  const sorted = [...releaseDays].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length
    ? sorted.length % 2
      ? sorted[middle]!
      : (sorted[middle - 1]! + sorted[middle]!) / 2
    : null;

  const people = new Map(input.people.map((p) => [p.id, p]));
  const references = new Map(input.cases.map((c) => [c.caseId, c.reference]));
  const byVolunteer: Counts = {};
  const byFirm = new Map<string | null, number>();
  const byCase: Counts = {};
  let totalMinutes = 0;
  for (const entry of input.time) {
    bump(byVolunteer, entry.attorneyId, entry.minutes);
    const firm = people.get(entry.attorneyId)?.firm ?? null;
    byFirm.set(firm, (byFirm.get(firm) ?? 0) + entry.minutes);
    bump(byCase, entry.caseId, entry.minutes);
    totalMinutes += entry.minutes;
  }
  const desc = <T extends { minutes: number }>(list: T[]) =>
    list.sort((a, b) => b.minutes - a.minutes);

  return {
    ...range,
    quarters: [...quarters.values()],
    releaseDays: {
      buckets: RELEASE_BUCKETS.map(({ key, max }, i) => ({
        key,
        count: releaseDays.filter((d) => d <= max && (i === 0 || d > RELEASE_BUCKETS[i - 1]!.max))
          .length,
      })),
      median,
      count: releaseDays.length,
    },
    proBono: {
      byVolunteer: desc(
        Object.entries(byVolunteer).map(([id, minutes]) => ({
          id,
          name: people.get(id)?.displayName ?? '',
          firm: people.get(id)?.firm ?? null,
          minutes,
        })),
      ),
      byFirm: desc([...byFirm].map(([firm, minutes]) => ({ firm, minutes }))),
      byCase: desc(
        Object.entries(byCase).map(([caseId, minutes]) => ({
          caseId,
          reference: references.get(caseId) ?? '',
          minutes,
        })),
      ),
      totalMinutes,
    },
    hearingsPerWeek: [...weeks].map(([week, count]) => ({ week, count })),
  };
}
