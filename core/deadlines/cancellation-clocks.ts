/** The cancellation-of-removal clocks: 42B (10 years), 42A (7 + 5 years), VAWA (3 years). */
import { approximateDate, latestDay } from '../domain/approximate-date';
import type { CaseFile } from '../domain/case-file';
import type { IsoDate } from './calendar-date';
import { addYears, compareDates, daysBetween, minDate } from './calendar-date';
import type { DeadlineOptions } from './deadline-settings';
import { resolveOptions } from './deadline-settings';
import { deadlineRule } from './deadline-rules';
import type { Caveat, DeadlineResult } from './deadline-types';
import { t } from './deadline-types';
import { computePresenceClock } from './presence-clock';
import { buildResult, caveat } from './result-builder';
import { stopTriggers } from './stop-time';

export type ClockFacts = Pick<
  CaseFile,
  | 'entries'
  | 'departures'
  | 'nta'
  | 'criminalEvents'
  | 'family'
  | 'hearings'
  | 'priorOrders'
  | 'immigrationStatus'
>;

/** Without an individual hearing date, a child's 21st birthday closer than this is flagged. */
export const AGE_OUT_HORIZON_DAYS = 730;

export interface ClockOptions extends DeadlineOptions {
  /** The date to count days up to; defaults to today. */
  readonly asOf?: IsoDate;
}

/**
 * The day an entry certainly happened by: its last possible day when only the month or year is
 * known, so a presence clock never counts time the client may not have been here.
 */
export function entryDay(entry: ClockFacts['entries'][number]): IsoDate {
  const period = approximateDate(entry.date, entry.datePrecision);
  return period ? latestDay(period) : entry.date;
}

function firstEntry(facts: ClockFacts): IsoDate | null {
  return minDate(...facts.entries.map(entryDay));
}

export function commonCaveats(facts: ClockFacts): Caveat[] {
  const caveats: Caveat[] = [];
  if (
    facts.entries.some((entry) => entry.dateApproximate || (entry.datePrecision ?? 'day') !== 'day')
  ) {
    caveats.push(
      caveat(
        'clock.entryApproximate',
        'warning',
        t(
          'At least one entry date is an estimate; confirm it with documents.',
          'Al menos una fecha de entrada es aproximada; confírmela con documentos.',
        ),
      ),
    );
  }
  if (facts.priorOrders.length > 0) {
    caveats.push(
      caveat(
        'clock.priorOrders',
        'warning',
        t(
          'The client has prior orders or returns; a departure under an order can break the clock. Review them.',
          'La persona tiene órdenes o devoluciones anteriores; una salida bajo una orden puede interrumpir el plazo. Revíselas.',
        ),
      ),
    );
  }
  if (facts.entries.length > facts.departures.length + 1) {
    caveats.push(
      caveat(
        'clock.unrecordedDepartures',
        'warning',
        t(
          'There are more entries than recorded departures: a trip may be missing.',
          'Hay más entradas que salidas registradas: puede faltar un viaje.',
        ),
      ),
    );
  }
  return caveats;
}

function clockResult(
  id: 'cancellation-42b-clock' | 'vawa-cancellation-clock',
  facts: ClockFacts,
  options: ClockOptions,
  extra: readonly Caveat[],
): DeadlineResult {
  const resolved = resolveOptions(options);
  const rule = deadlineRule(id);
  const asOf = options.asOf ?? resolved.today;
  const start = firstEntry(facts);
  const inputs = {
    firstEntry: start,
    asOf,
    ntaServed: facts.nta.dateServed ?? null,
    ntaHearingTime: facts.nta.hearingTimeOnNta,
  };
  if (!start)
    return buildResult(rule, resolved, { kind: 'clock', inputs, missing: ['entries.date'] });
  const found = stopTriggers(facts, id === 'cancellation-42b-clock');
  const clock = computePresenceClock({
    requiredYears: rule.period!.amount,
    start,
    startLabel: t('first entry', 'primera entrada'),
    departures: facts.departures,
    entryDates: facts.entries.map(entryDay),
    triggers: found.triggers,
    triggerSteps: found.steps,
    asOf,
  });
  const caveats = [...clock.caveats, ...found.caveats, ...commonCaveats(facts), ...extra];
  return buildResult(rule, resolved, {
    kind: 'clock',
    inputs,
    missing: clock.missing,
    caveats,
    clock: clock.detail,
  });
}

/** 42B: 10 years of continuous physical presence before stop-time. */
export function cancellation42bClock(facts: ClockFacts, options: ClockOptions): DeadlineResult {
  const resolved = resolveOptions(options);
  const nextIndividual = facts.hearings
    .filter((h) => h.type === 'individual' && compareDates(h.date, resolved.today) >= 0)
    .map((h) => h.date)
    .sort()[0];
  const extra: Caveat[] = [
    caveat(
      '42b.notComputed',
      'info',
      t(
        'Not computed here: good moral character, criminal bars, and exceptional and extremely unusual hardship to a USC or LPR spouse, parent or child. Grants are capped at 4,000 a year.',
        'No se calcula aquí: buena conducta moral, impedimentos penales, y el perjuicio excepcional y extremadamente inusual a un cónyuge, padre, madre o hijo ciudadano o residente. Las concesiones tienen un tope de 4.000 al año.',
      ),
    ),
  ];
  for (const member of facts.family) {
    if (
      member.relation !== 'child' ||
      !member.dateOfBirth ||
      !['usc', 'lpr'].includes(member.status)
    )
      continue;
    const turns21 = addYears(member.dateOfBirth, 21, 'earlier');
    if (compareDates(turns21, resolved.today) < 0) continue;
    if (nextIndividual && compareDates(turns21, nextIndividual) > 0) continue;
    // Without a hearing date, only a birthday within the horizon is worth a warning (not a 9-year-old).
    if (!nextIndividual && daysBetween(resolved.today, turns21) > AGE_OUT_HORIZON_DAYS) continue;
    extra.push(
      caveat(
        '42b.childTurns21',
        nextIndividual ? 'critical' : 'warning',
        t(
          `A qualifying child turns 21 on ${turns21}${nextIndividual ? `, before the next individual hearing (${nextIndividual})` : ''}. The child must be under 21 and unmarried when the judge decides (Matter of Isidro-Zamorano, 25 I&N Dec. 829 (BIA 2012)).`,
          `Un hijo o hija que califica cumple 21 años el ${turns21}${nextIndividual ? `, antes de la próxima audiencia individual (${nextIndividual})` : ''}. Debe tener menos de 21 años y estar soltero o soltera cuando el juez decida (Matter of Isidro-Zamorano, 25 I&N Dec. 829 (BIA 2012)).`,
        ),
      ),
    );
  }
  return clockResult('cancellation-42b-clock', facts, options, extra);
}

/** VAWA cancellation: 3 years of continuous physical presence; the NTA does not stop it. */
export function vawaCancellationClock(facts: ClockFacts, options: ClockOptions): DeadlineResult {
  return clockResult('vawa-cancellation-clock', facts, options, [
    caveat(
      'vawa.abuseAbsences',
      'info',
      t(
        'Absences connected to the battery or extreme cruelty do not count toward the 90/180-day limits (INA 240A(b)(2)(B)); the count above includes every recorded absence.',
        'Las ausencias relacionadas con el maltrato o la crueldad extrema no cuentan para los límites de 90/180 días (INA 240A(b)(2)(B)); el conteo de arriba incluye todas las ausencias registradas.',
      ),
    ),
    caveat(
      'vawa.offenseStopTime',
      'warning',
      t(
        'Whether an offense stops this 3-year clock was not confirmed in our sources; offenses are applied as for other cancellation.',
        'No se confirmó en nuestras fuentes si un delito detiene este plazo de 3 años; los delitos se aplican como en las otras cancelaciones.',
      ),
    ),
  ]);
}
