/** Shapes shared by the deadline rules and the calculator. */
import type { IsoDate } from './calendar-date';

export interface LocalizedText {
  readonly en: string;
  readonly es: string;
}

export function t(en: string, es: string): LocalizedText {
  return { en, es };
}

/** The same ids as the defense catalog's list (`core/catalog/deadline-rule-ids.ts`). */
export const deadlineRuleIds = [
  'asylum-one-year',
  'bia-appeal',
  'motion-to-reopen',
  'motion-to-reconsider',
  'motion-to-reopen-in-absentia',
  'petition-for-review',
  'bia-motion-to-reopen',
  'bia-motion-to-reconsider',
  'eoir-33',
  'ar-11',
  'voluntary-departure',
  'vd-bond',
  'pre-hearing-filing',
  'bond-appeal',
  'cancellation-42b-clock',
  'cancellation-42a-clock',
  'vawa-cancellation-clock',
] as const;

export type DeadlineRuleId = (typeof deadlineRuleIds)[number];

/** A dated note about law that changed or is being litigated (same shape as core/law's LawNote). */
export interface LawNote {
  readonly date: IsoDate;
  readonly datePrecision: 'day' | 'month' | 'year';
  readonly text: LocalizedText;
  readonly citations: readonly string[];
  readonly verified: boolean;
}

export type Volatility =
  | { readonly volatile: false }
  | { readonly volatile: true; readonly banner: LocalizedText; readonly asOf: IsoDate };

export type PeriodUnit = 'days' | 'business_days' | 'years';

export interface DeadlineRule {
  readonly id: DeadlineRuleId;
  readonly name: LocalizedText;
  /** What the period runs from (or, for clocks, what is counted). */
  readonly trigger: LocalizedText;
  /** null when the period comes from settings (pre-hearing filings). */
  readonly period: { readonly amount: number; readonly unit: PeriodUnit } | null;
  readonly citations: readonly string[];
  /** The rule as written here is in force on and after this date (and may be older). */
  readonly effectiveDate: IsoDate;
  /** false: the content source or the fact-check could not confirm it; the UI must say so. */
  readonly verified: boolean;
  /**
   * true: a last day on a weekend or federal holiday moves to the next business day, because a
   * regulation or decision says so. false: we show the business day before, the conservative choice.
   */
  readonly rollsToBusinessDay: boolean;
  /** The rule that moves the last day (`8 CFR 1001.1(h)`, `FRAP 26(a)(1)(C)`); null when none. */
  readonly rollAuthority: string | null;
  /**
   * Which closures count besides weekends and federal holidays: `immigration_court` adds the
   * office's listed court closures (settings.closedDays); `federal_holidays` counts only federal
   * holidays, for filings outside the immigration court (a court of appeals, DHS).
   */
  readonly closures: 'immigration_court' | 'federal_holidays';
  readonly notes: readonly LawNote[];
  readonly volatility: Volatility;
}

export type CaveatSeverity = 'info' | 'warning' | 'critical';

export interface Caveat {
  /** Stable id, usable as an i18n key by a UI that prefers its own wording. */
  readonly id: string;
  readonly severity: CaveatSeverity;
  readonly text: LocalizedText;
}

export type InputValue = string | number | boolean | null;

export type ClockState = 'satisfied' | 'accruing' | 'stopped_short' | 'not_computed';

export interface ClockAlternative {
  readonly label: LocalizedText;
  readonly stopDate: IsoDate;
  readonly accruedDays: number;
  readonly state: ClockState;
}

export interface ClockDetail {
  readonly requiredYears: number;
  readonly startDate: IsoDate | null;
  /** The date the required years are complete, if nothing stops the clock first. */
  readonly satisfiedOn: IsoDate | null;
  /** The date time stopped accruing, or null when nothing stops it (it runs to the decision). */
  readonly stopDate: IsoDate | null;
  readonly asOf: IsoDate;
  readonly accruedDays: number;
  readonly state: ClockState;
  /** Why: each step of the computation in plain words. */
  readonly steps: readonly LocalizedText[];
  /** The same clock if a trigger the attorney has not decided on does stop time. */
  readonly alternatives: readonly ClockAlternative[];
}

export type ResultKind = 'deadline' | 'clock' | 'notice';

export interface DeadlineResult {
  readonly ruleId: DeadlineRuleId;
  readonly rulesVersion: string;
  readonly kind: ResultKind;
  readonly name: LocalizedText;
  /** The record this result is about (a hearing id), when there can be several per case. */
  readonly subjectId: string | null;
  /**
   * The last day under the governing rule (after any roll-over to the next business day). A
   * rule with no confirmed roll-over shows the business day before a closed last day instead.
   */
  readonly dueDate: IsoDate | null;
  /** The plain count before any roll-over. */
  readonly unrolledDate: IsoDate | null;
  /**
   * An earlier, safe day to file by, set only when it differs from `dueDate`: the business day
   * before a count that ended on a closed day. "Passed" is only ever said after `dueDate`.
   */
  readonly safeDate: IsoDate | null;
  readonly daysLeft: number | null;
  /** Facts the computation used (dates, enums, ids; never names). */
  readonly inputs: Readonly<Record<string, InputValue>>;
  /** Facts that were needed but missing; nothing was computed when this is not empty. */
  readonly missing: readonly string[];
  readonly citations: readonly string[];
  readonly caveats: readonly Caveat[];
  readonly verified: boolean;
  readonly volatility: Volatility;
  readonly attorneyToConfirm: true;
  readonly clock: ClockDetail | null;
}
