/**
 * Per-case figures from the logs of issue 23, as the case header, Today and MCJ's dashboard show
 * them: the last confirmed location and the next re-check (custody-clock.ts), the last contact,
 * and the pro bono minutes recorded.
 */
import { daysBetween, type IsoDate } from '../deadlines/calendar-date';
import type { CaseFile } from '../domain/case-file';
import type { ContactLog, CustodyCheck, TimeEntry } from '../domain/case-logs';
import { custodyClock } from './custody-clock';
import { totalMinutes } from './time-log';

export interface LastContact {
  readonly date: IsoDate;
  readonly type: ContactLog['type'];
  readonly daysAgo: number;
}

/** The latest contact on or before today (a date ahead is a planned visit, not a contact). */
export function lastContact(contacts: readonly ContactLog[], today: IsoDate): LastContact | null {
  let latest: ContactLog | null = null;
  for (const contact of contacts) {
    if (contact.date > today) continue;
    if (!latest || contact.date > latest.date) latest = contact;
  }
  return latest
    ? { date: latest.date, type: latest.type, daysAgo: daysBetween(latest.date, today) }
    : null;
}

export interface CaseLogs {
  readonly custodyChecks: readonly CustodyCheck[];
  readonly contacts: readonly ContactLog[];
  readonly timeEntries: readonly TimeEntry[];
}

export const NO_LOGS: CaseLogs = { custodyChecks: [], contacts: [], timeEntries: [] };

export interface CaseActivity {
  readonly lastConfirmedFacility: string | null;
  readonly lastConfirmedOn: IsoDate | null;
  /** Only while the client is detained. */
  readonly nextRecheckDue: IsoDate | null;
  readonly lastContactOn: IsoDate | null;
  readonly proBonoMinutes: number;
}

export function caseActivity(
  file: Pick<CaseFile, 'custody' | 'hearings'>,
  logs: CaseLogs,
  today: IsoDate,
): CaseActivity {
  const clock = custodyClock(file, logs.custodyChecks, today);
  return {
    lastConfirmedFacility: clock.lastConfirmed?.facility ?? null,
    lastConfirmedOn: clock.lastConfirmed?.checkedOn ?? null,
    nextRecheckDue: clock.recheck?.due ?? null,
    lastContactOn: lastContact(logs.contacts, today)?.date ?? null,
    proBonoMinutes: totalMinutes(logs.timeEntries),
  };
}
