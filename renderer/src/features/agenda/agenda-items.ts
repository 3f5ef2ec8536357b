import { computeDeadlines, daysBetween, isDeadlineMet, type DeadlineResult } from '@core/deadlines';
import type { CaseFile } from '@core/domain/case-file';
import type { Hearing } from '@core/domain/case-file-sections';
import type { ManualDeadline } from '@core/domain/case-records';

/** Deadlines and hearings this many days ahead (or fewer) are highlighted as upcoming. */
export const UPCOMING_DAYS = 7;

export type Urgency = 'overdue' | 'today' | 'upcoming' | 'later' | 'past' | 'done';

interface ItemBase {
  /** Unique and stable within the agenda (also the calendar UID's base). */
  readonly key: string;
  readonly caseId: string;
  readonly caseReference: string;
  readonly date: string;
  readonly urgency: Urgency;
}

export interface HearingItem extends ItemBase {
  readonly kind: 'hearing';
  readonly hearing: Hearing;
}

export interface ComputedItem extends ItemBase {
  readonly kind: 'computed';
  readonly result: DeadlineResult;
}

export interface ManualItem extends ItemBase {
  readonly kind: 'manual';
  readonly deadline: ManualDeadline;
}

export type AgendaItem = HearingItem | ComputedItem | ManualItem;

/** A rule that applies but has no date to put on the calendar (missing facts, or a notice). */
export interface UndatedResult {
  readonly key: string;
  readonly caseId: string;
  readonly caseReference: string;
  readonly result: DeadlineResult;
}

export interface AgendaCase {
  readonly file: CaseFile;
  readonly manual: readonly ManualDeadline[];
}

export interface Agenda {
  readonly items: readonly AgendaItem[];
  readonly undated: readonly UndatedResult[];
  /** Cases whose deadlines could not be computed (a file this version cannot read). */
  readonly failedCaseIds: readonly string[];
}

export interface AgendaOptions {
  readonly today: string;
  /** Also list past hearings and deadlines already met. Overdue deadlines are always listed. */
  readonly includePast?: boolean;
}

/** An I-589 recorded as filed in time means the one-year deadline is met (core decides). */
export const isMet = isDeadlineMet;

export function deadlineUrgency(date: string, today: string): Urgency {
  const days = daysBetween(today, date);
  if (days < 0) return 'overdue';
  if (days === 0) return 'today';
  return days <= UPCOMING_DAYS ? 'upcoming' : 'later';
}

/**
 * Overdue only after the last day; before it, how near by the safe date when the last day rolled
 * past a closed day (as on Today and in the case list).
 */
function computedUrgency(result: DeadlineResult, dueDate: string, today: string): Urgency {
  const urgency = deadlineUrgency(dueDate, today);
  if (urgency === 'overdue' || !result.safeDate) return urgency;
  // Once the safe date has passed, the last day alone says how near it is.
  const bySafe = deadlineUrgency(result.safeDate, today);
  return bySafe === 'overdue' ? urgency : bySafe;
}

function hearingUrgency(date: string, today: string): Urgency {
  const urgency = deadlineUrgency(date, today);
  return urgency === 'overdue' ? 'past' : urgency;
}

/** Computed results for one case, or null when the calculator cannot read the file. */
export function computedResults(file: CaseFile, today: string): readonly DeadlineResult[] | null {
  try {
    return computeDeadlines(file, { today, clocks: false }).results;
  } catch {
    return null;
  }
}

const KIND_ORDER = { hearing: 0, computed: 1, manual: 2 } as const;

function compareItems(a: AgendaItem, b: AgendaItem): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const time = (item: AgendaItem) => (item.kind === 'hearing' ? (item.hearing.time ?? '') : '~');
  if (time(a) !== time(b)) return time(a) < time(b) ? -1 : 1;
  if (a.kind !== b.kind) return KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

function caseItems(entry: AgendaCase, options: AgendaOptions) {
  const { file } = entry;
  const base = { caseId: file.id, caseReference: file.reference };
  const items: AgendaItem[] = [];
  const undated: UndatedResult[] = [];
  for (const hearing of file.hearings) {
    const urgency = hearingUrgency(hearing.date, options.today);
    if (urgency === 'past' && !options.includePast) continue;
    items.push({
      ...base,
      kind: 'hearing',
      key: `hearing-${hearing.id}-${file.id}`,
      date: hearing.date,
      urgency,
      hearing,
    });
  }
  const results = computedResults(file, options.today);
  for (const result of results ?? []) {
    if (result.kind === 'clock') continue;
    const key = `rule-${result.ruleId}-${result.subjectId ?? 'case'}-${file.id}`;
    if (!result.dueDate) {
      undated.push({ ...base, key, result });
      continue;
    }
    const urgency = isMet(result) ? 'done' : computedUrgency(result, result.dueDate, options.today);
    if (urgency === 'done' && !options.includePast) continue;
    items.push({ ...base, kind: 'computed', key, date: result.dueDate, urgency, result });
  }
  for (const deadline of entry.manual) {
    items.push({
      ...base,
      kind: 'manual',
      key: `manual-${deadline.id}-${file.id}`,
      date: deadline.date,
      urgency: deadlineUrgency(deadline.date, options.today),
      deadline,
    });
  }
  return { items, undated, failed: results === null };
}

/**
 * Hearings, computed deadlines and the attorney's own deadlines of the given cases, soonest
 * first. Every computed date keeps its result (rule, citations, inputs, caveats).
 */
export function buildAgenda(cases: readonly AgendaCase[], options: AgendaOptions): Agenda {
  const items: AgendaItem[] = [];
  const undated: UndatedResult[] = [];
  const failedCaseIds: string[] = [];
  for (const entry of cases) {
    const built = caseItems(entry, options);
    items.push(...built.items);
    undated.push(...built.undated);
    if (built.failed) failedCaseIds.push(entry.file.id);
  }
  return { items: items.sort(compareItems), undated, failedCaseIds };
}

/** Deadlines (computed or manual) that have passed and are not recorded as met. */
export function overdueCount(agenda: Agenda): number {
  return agenda.items.filter((item) => item.kind !== 'hearing' && item.urgency === 'overdue')
    .length;
}
