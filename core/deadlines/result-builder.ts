/** Assembles results so that every one carries its rule's citations, flags and caveats. */
import type { IsoDate } from './calendar-date';
import { addBusinessDays, isBusinessDay, rollBack, rollForward } from './business-days';
import {
  addDays,
  addYearsDetailed,
  compareDates,
  daysBetween,
  isWeekend,
  maxDate,
} from './calendar-date';
import type { ResolvedOptions } from './deadline-settings';
import { DEADLINE_RULES_VERSION } from './deadline-rules';
import type {
  Caveat,
  CaveatSeverity,
  ClockDetail,
  DeadlineResult,
  DeadlineRule,
  InputValue,
  LocalizedText,
  ResultKind,
} from './deadline-types';
import { t } from './deadline-types';
import { isFederalHoliday } from './federal-holidays';

export function caveat(id: string, severity: CaveatSeverity, text: LocalizedText): Caveat {
  return { id, severity, text };
}

export interface ResultParts {
  readonly kind?: ResultKind;
  readonly subjectId?: string | null;
  readonly dueDate?: IsoDate | null;
  readonly unrolledDate?: IsoDate | null;
  readonly safeDate?: IsoDate | null;
  readonly inputs?: Record<string, InputValue>;
  readonly missing?: readonly string[];
  readonly caveats?: readonly Caveat[];
  readonly clock?: ClockDetail | null;
}

/** Why a day is not a business day, for caveats. */
export function closedReason(date: IsoDate): LocalizedText {
  if (isFederalHoliday(date)) return t('a federal holiday', 'un feriado federal');
  if (isWeekend(date)) return t('a weekend day', 'un día de fin de semana');
  return t('a listed court closure', 'un día de cierre registrado');
}

function statusCaveat(
  rule: DeadlineRule,
  options: ResolvedOptions,
): { asOf: IsoDate; caveat: Caveat } | null {
  if (!rule.volatility.volatile) return null;
  const checked = options.settings.statusCheckedOn[rule.id];
  const asOf = maxDate(rule.volatility.asOf, ...(checked ? [checked] : [])) ?? rule.volatility.asOf;
  const age = daysBetween(asOf, options.today);
  const stale = age > options.settings.staleStatusAfterDays;
  const text = stale
    ? t(
        `${rule.volatility.banner.en} Status last confirmed on ${asOf}, ${age} days ago.`,
        `${rule.volatility.banner.es} Situación confirmada por última vez el ${asOf}, hace ${age} días.`,
      )
    : t(
        `${rule.volatility.banner.en} Status confirmed on ${asOf}.`,
        `${rule.volatility.banner.es} Situación confirmada el ${asOf}.`,
      );
  return {
    asOf,
    caveat: caveat(`${rule.id}.litigationStatus`, stale ? 'critical' : 'warning', text),
  };
}

export function buildResult(
  rule: DeadlineRule,
  options: ResolvedOptions,
  parts: ResultParts,
): DeadlineResult {
  const status = statusCaveat(rule, options);
  const dueDate = parts.dueDate ?? null;
  const caveats = [...(status ? [status.caveat] : []), ...(parts.caveats ?? [])];
  const daysLeft = dueDate ? daysBetween(options.today, dueDate) : null;
  const safeDate = parts.safeDate && parts.safeDate !== dueDate ? parts.safeDate : null;
  if (daysLeft !== null && daysLeft < 0) {
    caveats.push(
      caveat(
        'deadline.passed',
        'critical',
        t(
          `The last day passed ${-daysLeft} days ago.`,
          `El último día pasó hace ${-daysLeft} días.`,
        ),
      ),
    );
  } else if (dueDate && safeDate && compareDates(options.today, safeDate) > 0) {
    caveats.push(
      caveat(
        'deadline.safeDatePassed',
        'warning',
        t(
          `The safe date (${safeDate}) has passed, but the last day under ${rule.rollAuthority ?? 'the rule'} is ${dueDate}: file by then, as early as possible.`,
          `La fecha segura (${safeDate}) ya pasó, pero el último día según ${rule.rollAuthority ?? 'la regla'} es el ${dueDate}: presente antes de esa fecha, lo antes posible.`,
        ),
      ),
    );
  }
  if (!rule.verified) {
    caveats.push(
      caveat(
        'rule.unverified',
        'warning',
        t(
          'This rule is not verified in our sources. Confirm it before relying on it.',
          'Esta regla no está verificada en nuestras fuentes. Confírmela antes de confiar en ella.',
        ),
      ),
    );
  }
  const rank = { critical: 0, warning: 1, info: 2 } as const;
  caveats.sort((a, b) => rank[a.severity] - rank[b.severity]);
  return {
    ruleId: rule.id,
    rulesVersion: DEADLINE_RULES_VERSION,
    kind: parts.kind ?? 'deadline',
    name: rule.name,
    subjectId: parts.subjectId ?? null,
    dueDate,
    unrolledDate: parts.unrolledDate ?? null,
    safeDate,
    daysLeft,
    inputs: { ...parts.inputs, ...(status ? { statusAsOf: status.asOf } : {}) },
    missing: parts.missing ?? [],
    citations: rule.citations,
    caveats,
    verified: rule.verified,
    volatility: rule.volatility,
    attorneyToConfirm: true,
    clock: parts.clock ?? null,
  };
}

const NO_CLOSURES: ReadonlySet<IsoDate> = new Set();

/** The closed days a rule counts: the court's listed closures only for immigration-court filings. */
export function closedDaysFor(rule: DeadlineRule, options: ResolvedOptions): ReadonlySet<IsoDate> {
  return rule.closures === 'immigration_court' ? options.closed : NO_CLOSURES;
}

/** The plain end of a rule's period from `start` (years and months keep the earlier day on Feb 29). */
export function periodEnd(
  rule: DeadlineRule,
  start: IsoDate,
  options: ResolvedOptions,
): { date: IsoDate; clamped: boolean } {
  const period = rule.period;
  if (!period) throw new RangeError(`rule ${rule.id} has no fixed period`);
  switch (period.unit) {
    case 'days':
      return { date: addDays(start, period.amount), clamped: false };
    case 'business_days':
      return {
        date: addBusinessDays(start, period.amount, closedDaysFor(rule, options)),
        clamped: false,
      };
    case 'years':
      return addYearsDetailed(start, period.amount, 'earlier');
  }
}

export interface SettledDate {
  /** The last day under the rule (rolled forward), or the safe day before when nothing rolls. */
  readonly dueDate: IsoDate;
  /** The business day before a closed last day, when the rule rolls forward; else null. */
  readonly safeDate: IsoDate | null;
  readonly caveats: Caveat[];
}

/**
 * Applies the rule's roll-over to a last day. A rule that rolls forward gets the next business
 * day as its last day and the business day before as a labelled safe date. A rule without a
 * confirmed roll-over keeps the business day before as its due date.
 */
export function settleDueDate(
  rule: DeadlineRule,
  unrolled: IsoDate,
  options: ResolvedOptions,
): SettledDate {
  const closed = closedDaysFor(rule, options);
  if (isBusinessDay(unrolled, closed)) return { dueDate: unrolled, safeDate: null, caveats: [] };
  const why = closedReason(unrolled);
  const safeDate = rollBack(unrolled, closed);
  if (rule.rollsToBusinessDay) {
    const dueDate = rollForward(unrolled, closed);
    const authority = rule.rollAuthority ?? '';
    return {
      dueDate,
      safeDate,
      caveats: [
        caveat(
          'deadline.rolledForward',
          'info',
          t(
            `The count ends on ${unrolled}, ${why.en}. Under ${authority} the last day moves to the next business day, ${dueDate}. Safe date: ${safeDate}, the business day before.`,
            `El conteo termina el ${unrolled}, ${why.es}. Según ${authority} el último día pasa al siguiente día hábil, el ${dueDate}. Fecha segura: el ${safeDate}, el día hábil anterior.`,
          ),
        ),
      ],
    };
  }
  return {
    dueDate: safeDate,
    safeDate: null,
    caveats: [
      caveat(
        'deadline.safeDayBefore',
        'warning',
        t(
          `The count ends on ${unrolled}, ${why.en}. No rule confirmed here moves this deadline, so the safe date shown is the business day before, ${safeDate}.`,
          `El conteo termina el ${unrolled}, ${why.es}. Ninguna regla confirmada aquí mueve este plazo, así que la fecha segura que se muestra es el día hábil anterior, ${safeDate}.`,
        ),
      ),
    ],
  };
}
