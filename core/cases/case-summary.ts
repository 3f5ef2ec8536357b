/**
 * One case's summary for lists: who, custody, next hearing, the nearest and the most overdue
 * deadline, protection flags. The one function both halves use: the laptop's case list and the
 * server's `case_summaries` read model (which every staff screen lists and filters), so that a
 * deadline never shows on one and not the other. Deadlines come from `openDeadlines` and days in
 * custody from `daysInCustody`, with "today" the America/Chicago date.
 */
import { daysInCustody } from '../deadlines/custody-days';
import { caseActivity, NO_LOGS, type CaseActivity, type CaseLogs } from './case-activity';
import type { IsoDate } from '../deadlines/calendar-date';
import type { DeadlineRuleId } from '../deadlines/deadline-types';
import type { OpenDeadline } from '../deadlines/open-deadlines';
import { openDeadlines } from '../deadlines/open-deadlines';
import type { CaseFile } from '../domain/case-file';
import type { Hearing } from '../domain/case-file-sections';
import type { ManualDeadline } from '../domain/case-records';

/** A deadline as a list shows it: when, how far, and which rule (or the attorney's own title). */
export type DeadlineRef =
  | {
      readonly source: 'computed';
      /** The last day under the governing rule. */
      readonly date: IsoDate;
      readonly daysLeft: number;
      /** The safe earlier day when the last day rolled past a weekend or holiday. */
      readonly safeDate: IsoDate | null;
      readonly ruleId: DeadlineRuleId;
    }
  | {
      readonly source: 'manual';
      readonly date: IsoDate;
      readonly daysLeft: number;
      readonly deadlineId: string;
      readonly title: string;
    };

export interface NextHearing {
  readonly date: IsoDate;
  readonly time: string | null;
  readonly type: Hearing['type'];
  readonly format: Hearing['format'];
}

export interface CaseFileSummary extends CaseActivity {
  readonly caseId: string;
  readonly reference: string;
  /** Given names then family name, as people are named in sentences. */
  readonly clientName: string;
  /** Family name first, lower case, for sorting. */
  readonly sortName: string;
  readonly aNumber: string | null;
  readonly custodyStatus: CaseFile['custody']['status'];
  readonly facility: string | null;
  readonly detentionDate: IsoDate | null;
  readonly daysInCustody: number | null;
  readonly nextHearing: NextHearing | null;
  /** The nearest deadline from today on, by the day to act by (its safe date when it has one). */
  readonly nearestDeadline: DeadlineRef | null;
  /** The most overdue deadline not recorded as met, and how many are overdue. */
  readonly overdueDeadline: DeadlineRef | null;
  readonly overdueCount: number;
  /** The calculator could not read the file: computed deadlines are missing from the above. */
  readonly deadlinesFailed: boolean;
  readonly asylumProtected: boolean;
  readonly vawaProtected1367: boolean;
  /** The America/Chicago date these were computed for; a later day may change them. */
  readonly today: IsoDate;
}

export function clientName(file: Pick<CaseFile, 'identity'>): string {
  const { givenNames, familyName } = file.identity;
  return [givenNames, familyName].filter((part) => part && part.trim()).join(' ');
}

/** The next hearing on or after `today` (dates are America/Chicago calendar dates). */
export function nextHearing(hearings: readonly Hearing[], today: IsoDate): Hearing | null {
  return (
    hearings
      .filter((h) => h.date >= today)
      .sort((a, b) =>
        (a.date + (a.time ?? '99:99')).localeCompare(b.date + (b.time ?? '99:99')),
      )[0] ?? null
  );
}

export function deadlineRef(deadline: OpenDeadline): DeadlineRef {
  return deadline.kind === 'manual'
    ? {
        source: 'manual',
        date: deadline.date,
        daysLeft: deadline.daysLeft,
        deadlineId: deadline.deadline.id,
        title: deadline.deadline.title,
      }
    : {
        source: 'computed',
        date: deadline.date,
        daysLeft: deadline.daysLeft,
        safeDate: deadline.safeDate,
        ruleId: deadline.result.ruleId,
      };
}

export function summarizeCaseFile(
  file: CaseFile,
  manual: readonly ManualDeadline[],
  today: IsoDate,
  logs: CaseLogs = NO_LOGS,
): CaseFileSummary {
  const deadlines = openDeadlines(file, manual, { today });
  const hearing = nextHearing(file.hearings, today);
  const custodyDays = daysInCustody(file.custody, today);
  return {
    caseId: file.id,
    reference: file.reference,
    clientName: clientName(file),
    sortName: `${file.identity.familyName} ${file.identity.givenNames}`.trim().toLocaleLowerCase(),
    aNumber: file.identity.aNumber ?? null,
    custodyStatus: file.custody.status,
    facility: file.custody.facility ?? null,
    detentionDate: file.custody.detentionDate ?? null,
    daysInCustody: custodyDays?.days ?? null,
    nextHearing: hearing
      ? {
          date: hearing.date,
          time: hearing.time ?? null,
          type: hearing.type,
          format: hearing.format,
        }
      : null,
    nearestDeadline: deadlines.upcoming[0] ? deadlineRef(deadlines.upcoming[0]) : null,
    overdueDeadline: deadlines.overdue[0] ? deadlineRef(deadlines.overdue[0]) : null,
    overdueCount: deadlines.overdue.length,
    deadlinesFailed: deadlines.failed,
    asylumProtected: file.flags.asylumProtected,
    vawaProtected1367: file.flags.vawaProtected1367,
    ...caseActivity(file, logs, today),
    today,
  };
}
