/** Absences from the United States and how they break a presence clock (INA 240A(d)(2)). */
import type { IsoDate } from './calendar-date';
import { compareDates, daysBetween } from './calendar-date';
import type { Caveat, LocalizedText } from './deadline-types';
import { t } from './deadline-types';
import { caveat } from './result-builder';

/** INA 240A(d)(2): one absence over 90 days, or absences over 180 days in total, break presence. */
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

export interface StartOutcome {
  readonly start: IsoDate | null;
  readonly steps: LocalizedText[];
  readonly caveats: Caveat[];
}

function returnDate(
  departure: ClockDeparture,
  entryDates: readonly IsoDate[],
): { date: IsoDate | null; inferred: boolean } {
  if (departure.returnedOn) return { date: departure.returnedOn, inferred: false };
  const next = entryDates.filter((d) => compareDates(d, departure.leftOn) > 0).sort()[0];
  return { date: next ?? null, inferred: next !== undefined };
}

/** Walks the absences in order and returns the start of the last unbroken stretch before `stop`. */
export function effectiveStart(input: PresenceClockInput, stop: IsoDate | null): StartOutcome {
  const steps: LocalizedText[] = [
    t(
      `Start: ${input.startLabel.en}, ${input.start}.`,
      `Inicio: ${input.startLabel.es}, ${input.start}.`,
    ),
  ];
  const caveats: Caveat[] = [];
  let start = input.start;
  let total = 0;
  const departures = [...input.departures].sort((a, b) => compareDates(a.leftOn, b.leftOn));
  for (const departure of departures) {
    const { leftOn } = departure;
    if (compareDates(leftOn, start) < 0) {
      caveats.push(
        caveat(
          'clock.departureBeforeStart',
          'warning',
          t(
            `A departure on ${leftOn} is before the start of the count (${start}); check the entry and departure dates.`,
            `Una salida el ${leftOn} es anterior al inicio del conteo (${start}); revise las fechas de entrada y salida.`,
          ),
        ),
      );
      continue;
    }
    if ((stop && compareDates(leftOn, stop) >= 0) || compareDates(leftOn, input.asOf) > 0) continue;
    const back = returnDate(departure, input.entryDates);
    if (!back.date) {
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
      return { start: null, steps, caveats };
    }
    if (back.inferred) {
      steps.push(
        t(
          `No return date for the departure on ${leftOn}; the next recorded entry, ${back.date}, is used.`,
          `No hay fecha de regreso para la salida del ${leftOn}; se usa la siguiente entrada registrada, ${back.date}.`,
        ),
      );
    }
    const days = daysBetween(leftOn, back.date);
    if (departure.underOrder === true) {
      start = back.date;
      total = 0;
      steps.push(
        t(
          `Left on ${leftOn} under an order (removal or voluntary departure): treated as a break (Matter of Romalez-Alcaide, 23 I&N Dec. 423 (BIA 2002), not re-verified). The count restarts at the return, ${back.date}.`,
          `Salió el ${leftOn} bajo una orden (deportación o salida voluntaria): se trata como una interrupción (Matter of Romalez-Alcaide, 23 I&N Dec. 423 (BIA 2002), no verificado de nuevo). El conteo se reinicia al regresar, el ${back.date}.`,
        ),
      );
      continue;
    }
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
    total += days;
    if (
      Math.abs(days - MAX_SINGLE_ABSENCE_DAYS) <= BORDERLINE_DAYS ||
      Math.abs(total - MAX_TOTAL_ABSENCE_DAYS) <= BORDERLINE_DAYS
    ) {
      caveats.push(
        caveat(
          'clock.borderlineAbsence',
          'warning',
          t(
            `The absence from ${leftOn} to ${back.date} is within ${BORDERLINE_DAYS} days of a limit (90 days, or 180 in total). Confirm the exact dates and how the days are counted.`,
            `La ausencia del ${leftOn} al ${back.date} está a ${BORDERLINE_DAYS} días o menos de un límite (90 días, o 180 en total). Confirme las fechas exactas y cómo se cuentan los días.`,
          ),
        ),
      );
    }
    if (days > MAX_SINGLE_ABSENCE_DAYS || total > MAX_TOTAL_ABSENCE_DAYS) {
      const why =
        days > MAX_SINGLE_ABSENCE_DAYS
          ? t(`${days} days away, more than 90`, `${days} días fuera, más de 90`)
          : t(
              `absences now total ${total} days, more than 180`,
              `las ausencias suman ${total} días, más de 180`,
            );
      steps.push(
        t(
          `Left on ${leftOn}, back on ${back.date}: ${why.en}. Presence is broken; the count restarts at ${back.date}.`,
          `Salió el ${leftOn}, regresó el ${back.date}: ${why.es}. La presencia se interrumpe; el conteo se reinicia el ${back.date}.`,
        ),
      );
      start = back.date;
      total = 0;
    } else {
      steps.push(
        t(
          `Left on ${leftOn}, back on ${back.date}: ${days} days away (${total} in total); presence not broken.`,
          `Salió el ${leftOn}, regresó el ${back.date}: ${days} días fuera (${total} en total); la presencia no se interrumpe.`,
        ),
      );
    }
  }
  return { start, steps, caveats };
}
