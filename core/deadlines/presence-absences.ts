/**
 * Absences from the United States and how they break a presence clock (INA 240A(d)(2)).
 * One absence over 90 days (or a departure under an order) breaks presence: the count restarts at
 * the return. Absences over 180 days in total break it too, but only absences inside the required
 * period immediately before the end date count toward that total.
 */
import type { IsoDate } from './calendar-date';
import { addYears, compareDates, daysBetween, maxDate, minDate } from './calendar-date';
import type { Caveat, LocalizedText } from './deadline-types';
import { t } from './deadline-types';
import { caveat } from './result-builder';

export const MAX_SINGLE_ABSENCE_DAYS = 90;
export const MAX_TOTAL_ABSENCE_DAYS = 180;
/** Absences this close to a limit get a warning: day counting is for the attorney to confirm. */
const BORDERLINE_DAYS = 5;

export interface ClockDeparture {
  readonly leftOn: IsoDate;
  readonly returnedOn?: IsoDate | null;
  readonly underOrder: boolean | null;
}

export interface StopTrigger {
  readonly date: IsoDate;
  /** applies: counted. possible: the attorney has not decided; shown as an alternative. */
  readonly status: 'applies' | 'possible';
  readonly label: LocalizedText;
}

export interface PresenceClockInput {
  readonly requiredYears: number;
  readonly start: IsoDate;
  readonly startLabel: LocalizedText;
  /** Absences that can break the clock; leave empty where the 90/180-day rule does not apply. */
  readonly departures: readonly ClockDeparture[];
  /** All recorded entry dates, to infer a missing return date. */
  readonly entryDates: readonly IsoDate[];
  readonly triggers: readonly StopTrigger[];
  /** Steps explaining triggers that were considered and set aside. */
  readonly triggerSteps: readonly LocalizedText[];
  readonly asOf: IsoDate;
}

export interface Trip {
  readonly leftOn: IsoDate;
  readonly returnedOn: IsoDate;
  readonly days: number;
  readonly underOrder: boolean | null;
  readonly inferred: boolean;
}

export interface ResolvedTrips {
  /** null when a return date is missing and cannot be inferred. */
  readonly trips: readonly Trip[] | null;
  readonly steps: readonly LocalizedText[];
  readonly caveats: readonly Caveat[];
}

/** Orders the absences, fills missing returns from the next entry, and flags what does not fit. */
export function resolveTrips(input: PresenceClockInput): ResolvedTrips {
  const steps: LocalizedText[] = [];
  const caveats: Caveat[] = [];
  const trips: Trip[] = [];
  const sorted = [...input.departures].sort((a, b) => compareDates(a.leftOn, b.leftOn));
  for (const departure of sorted) {
    const { leftOn } = departure;
    if (compareDates(leftOn, input.start) < 0) {
      caveats.push(
        caveat(
          'clock.departureBeforeStart',
          'warning',
          t(
            `A departure on ${leftOn} is before the start of the count (${input.start}); check the entry and departure dates.`,
            `Una salida el ${leftOn} es anterior al inicio del conteo (${input.start}); revise las fechas de entrada y salida.`,
          ),
        ),
      );
      continue;
    }
    if (compareDates(leftOn, input.asOf) > 0) continue;
    let returnedOn = departure.returnedOn ?? null;
    const inferred = !returnedOn;
    if (!returnedOn) {
      returnedOn = minDate(...input.entryDates.filter((d) => compareDates(d, leftOn) > 0));
      if (!returnedOn) {
        caveats.push(
          caveat(
            'clock.returnUnknown',
            'critical',
            t(
              `The return after the departure on ${leftOn} is not recorded, so the clock cannot be counted.`,
              `No consta el regreso después de la salida del ${leftOn}, así que no se puede contar el plazo.`,
            ),
          ),
        );
        return { trips: null, steps, caveats };
      }
      steps.push(
        t(
          `No return date for the departure on ${leftOn}; the next recorded entry, ${returnedOn}, is used.`,
          `No hay fecha de regreso para la salida del ${leftOn}; se usa la siguiente entrada registrada, ${returnedOn}.`,
        ),
      );
    }
    const days = daysBetween(leftOn, returnedOn);
    trips.push({ leftOn, returnedOn, days, underOrder: departure.underOrder, inferred });
    if (departure.underOrder === null) {
      caveats.push(
        caveat(
          'clock.askUnderOrder',
          'warning',
          t(
            `Ask whether the departure on ${leftOn} was under a removal or voluntary-departure order: such a departure can break the clock whatever its length.`,
            `Pregunte si la salida del ${leftOn} fue bajo una orden de deportación o de salida voluntaria: una salida así puede interrumpir el plazo sin importar su duración.`,
          ),
        ),
      );
    }
    if (Math.abs(days - MAX_SINGLE_ABSENCE_DAYS) <= BORDERLINE_DAYS)
      caveats.push(borderline(leftOn, returnedOn));
  }
  return { trips, steps, caveats };
}

function borderline(from: IsoDate, to: IsoDate): Caveat {
  return caveat(
    'clock.borderlineAbsence',
    'warning',
    t(
      `The absences from ${from} to ${to} are within ${BORDERLINE_DAYS} days of a limit (90 days, or 180 in total). Confirm the exact dates and how the days are counted.`,
      `Las ausencias del ${from} al ${to} están a ${BORDERLINE_DAYS} días o menos de un límite (90 días, o 180 en total). Confirme las fechas exactas y cómo se cuentan los días.`,
    ),
  );
}

export function breaksAlone(trip: Trip): boolean {
  return trip.underOrder === true || trip.days > MAX_SINGLE_ABSENCE_DAYS;
}

/** Days outside the United States between `from` and `to`, counting only the part inside. */
export function absentDaysBetween(trips: readonly Trip[], from: IsoDate, to: IsoDate): number {
  return trips.reduce((sum, trip) => {
    const a = maxDate(trip.leftOn, from)!;
    const b = minDate(trip.returnedOn, to)!;
    return sum + Math.max(0, daysBetween(a, b));
  }, 0);
}

export interface Stretch {
  /** Where the unbroken count that reaches `end` starts. */
  readonly start: IsoDate;
  /** Days outside the country inside the required period before `end` (or since `start`). */
  readonly absentDays: number;
}

/**
 * The earliest start (first entry, or a return) from which presence is unbroken up to `end`: no
 * absence over 90 days or under an order after it, and at most 180 days away within the required
 * period immediately before `end`.
 */
export function stretchBefore(
  input: PresenceClockInput,
  trips: readonly Trip[],
  end: IsoDate,
): Stretch {
  const windowStart = addYears(end, -input.requiredYears, 'earlier');
  const before = trips.filter((trip) => compareDates(trip.leftOn, end) < 0);
  const candidates = [input.start, ...before.map((trip) => trip.returnedOn)].filter(
    (d) => compareDates(d, end) <= 0,
  );
  let last: Stretch = { start: input.start, absentDays: 0 };
  for (const start of candidates) {
    const after = before.filter((trip) => compareDates(trip.leftOn, start) >= 0);
    const absentDays = absentDaysBetween(after, maxDate(start, windowStart)!, end);
    last = { start, absentDays };
    if (!after.some(breaksAlone) && absentDays <= MAX_TOTAL_ABSENCE_DAYS) return last;
  }
  return { start: end, absentDays: last.absentDays };
}

/** Steps and warnings that explain the absences behind a stretch. */
export function explainAbsences(
  years: number,
  trips: readonly Trip[],
  stretch: Stretch,
  end: IsoDate,
): { steps: LocalizedText[]; caveats: Caveat[] } {
  const steps: LocalizedText[] = [];
  const caveats: Caveat[] = [];
  for (const trip of trips.filter((tr) => compareDates(tr.leftOn, end) < 0)) {
    const { leftOn, returnedOn, days } = trip;
    if (trip.underOrder === true) {
      steps.push(
        t(
          `Left on ${leftOn} under an order (removal or voluntary departure): treated as a break (Matter of Romalez-Alcaide, 23 I&N Dec. 423 (BIA 2002), not re-verified); presence restarts at the return, ${returnedOn}.`,
          `Salió el ${leftOn} bajo una orden (deportación o salida voluntaria): se trata como una interrupción (Matter of Romalez-Alcaide, 23 I&N Dec. 423 (BIA 2002), no verificado de nuevo); la presencia se reinicia al regresar, el ${returnedOn}.`,
        ),
      );
    } else if (days > MAX_SINGLE_ABSENCE_DAYS) {
      steps.push(
        t(
          `Left on ${leftOn}, back on ${returnedOn}: ${days} days away, more than 90. Presence restarts at ${returnedOn}.`,
          `Salió el ${leftOn}, regresó el ${returnedOn}: ${days} días fuera, más de 90. La presencia se reinicia el ${returnedOn}.`,
        ),
      );
    } else {
      steps.push(
        t(
          `Left on ${leftOn}, back on ${returnedOn}: ${days} days away.`,
          `Salió el ${leftOn}, regresó el ${returnedOn}: ${days} días fuera.`,
        ),
      );
    }
  }
  const restartedForTotal = trips.some(
    (trip) => trip.returnedOn === stretch.start && !breaksAlone(trip),
  );
  if (restartedForTotal) {
    steps.push(
      t(
        `Absences before ${end} add up to more than 180 days, so the count restarts at the return on ${stretch.start}.`,
        `Las ausencias antes del ${end} suman más de 180 días, así que el conteo se reinicia con el regreso del ${stretch.start}.`,
      ),
    );
  }
  if (trips.length > 0) {
    steps.push(
      t(
        `Days away counted in the ${years} years before ${end}: ${stretch.absentDays} (limit 180).`,
        `Días fuera contados en los ${years} años antes del ${end}: ${stretch.absentDays} (límite 180).`,
      ),
    );
  }
  if (Math.abs(stretch.absentDays - MAX_TOTAL_ABSENCE_DAYS) <= BORDERLINE_DAYS)
    caveats.push(borderline(stretch.start, end));
  return { steps, caveats };
}
