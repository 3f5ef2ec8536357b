import { deadlineRule } from '@core/deadlines';
import type { StaffCaseSummary } from '@core/sync/console-schemas';
import type { TFunction } from 'i18next';
import { formatClock, formatDate } from '../../components/format';

type DeadlineRef = NonNullable<StaffCaseSummary['nearestDeadline']>;
/** The console's strings and the case file's option names (custody, hearing types). */
export type CaseT = TFunction<readonly ['console', 'caseFile']>;

/** A deadline's name: the rule's, in the reader's language, or the attorney's own title. */
export function deadlineName(ref: DeadlineRef, language: string): string {
  if (ref.source === 'manual') return ref.title;
  const name = deadlineRule(ref.ruleId).name;
  return language.startsWith('es') ? name.es : name.en;
}

/** "File the I-589 · 12 Jan 2027 (in 5 days)" or "… (3 days overdue)"; the safe date when earlier. */
export function deadlineText(t: CaseT, ref: DeadlineRef, language: string): string {
  const safe = ref.source === 'computed' && ref.safeDate ? ref.safeDate : null;
  const when =
    ref.daysLeft < 0
      ? t('cases.deadline.overdue', { count: -ref.daysLeft })
      : ref.daysLeft === 0
        ? t('cases.deadline.today')
        : t('cases.deadline.inDays', { count: ref.daysLeft });
  return t('cases.deadline.text', {
    name: deadlineName(ref, language),
    date: formatDate(ref.date, language),
    when,
    safe: safe ? t('cases.deadline.safe', { date: formatDate(safe, language) }) : '',
  }).trim();
}

/** The client as this supervisor may see them; a withheld identity is said, never blank. */
export function clientText(t: CaseT, summary: StaffCaseSummary): string {
  if (summary.identityWithheld) return t('cases.protectedClient');
  return summary.clientName || t('cases.unnamed');
}

export function hearingText(t: CaseT, summary: StaffCaseSummary, language: string): string {
  const hearing = summary.nextHearing;
  if (!hearing) return t('cases.noHearing');
  return [
    formatDate(hearing.date, language) +
      (hearing.time ? ` ${formatClock(hearing.time, language)}` : ''),
    t(`caseFile:options.hearingType.${hearing.type}`),
    t(`caseFile:options.hearingFormat.${hearing.format}`),
  ].join(' · ');
}

export function custodyText(t: CaseT, summary: StaffCaseSummary): string {
  const status = t(`caseFile:options.custodyStatus.${summary.custodyStatus}`);
  const parts = [status];
  if (summary.facility) parts.push(summary.facility);
  if (summary.daysInCustody !== null)
    parts.push(t('cases.daysInCustody', { count: summary.daysInCustody }));
  return parts.join(' · ');
}

export function protectionText(t: CaseT, summary: StaffCaseSummary): string | null {
  const flags = [
    summary.asylumProtected ? t('cases.flags.asylum') : null,
    summary.vawaProtected1367 ? t('cases.flags.vawa1367') : null,
  ].filter(Boolean);
  return flags.length ? flags.join(', ') : null;
}
