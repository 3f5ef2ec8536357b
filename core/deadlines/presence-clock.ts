/**
 * Counts continuous presence or residence toward cancellation of removal: restarts after a
 * disqualifying absence, stops at stop-time, and explains each step in words.
 */
import type { IsoDate } from './calendar-date';
import { addDays, addYearsDetailed, compareDates, daysBetween, minDate } from './calendar-date';
import type {
  Caveat,
  ClockAlternative,
  ClockDetail,
  ClockState,
  LocalizedText,
} from './deadline-types';
import { t } from './deadline-types';
import type { PresenceClockInput, Trip } from './presence-absences';
import {
  MAX_TOTAL_ABSENCE_DAYS,
  breaksAlone,
  explainAbsences,
  resolveTrips,
  stretchBefore,
} from './presence-absences';
import { caveat } from './result-builder';

export type { ClockDeparture, PresenceClockInput, StopTrigger } from './presence-absences';
export { MAX_SINGLE_ABSENCE_DAYS, MAX_TOTAL_ABSENCE_DAYS } from './presence-absences';

export interface PresenceClockOutput {
  readonly detail: ClockDetail;
  readonly caveats: readonly Caveat[];
  readonly missing: readonly string[];
}

interface Evaluation {
  readonly start: IsoDate;
  readonly satisfiedOn: IsoDate;
  readonly clamped: boolean;
  readonly state: ClockState;
  readonly accruedDays: number;
  readonly end: IsoDate;
  readonly absentDays: number;
}

/**
 * Evaluates the clock at `stop` when time stops, otherwise at `asOf` (presence keeps accruing until
 * a final decision, so the date the years complete may lie in the future).
 */
function evaluate(
  input: PresenceClockInput,
  trips: readonly Trip[],
  stop: IsoDate | null,
): Evaluation {
  const end = stop && compareDates(stop, input.asOf) < 0 ? stop : input.asOf;
  const stretch = stretchBefore(input, trips, stop ?? input.asOf);
  const target = addYearsDetailed(stretch.start, input.requiredYears, 'later');
  const complete = compareDates(target.date, stop ?? input.asOf) <= 0;
  const state: ClockState = complete ? 'satisfied' : stop ? 'stopped_short' : 'accruing';
  const counted = stretchBefore(input, trips, end);
  return {
    start: stretch.start,
    satisfiedOn: complete ? runStart(input, trips, stretch.start, stop ?? input.asOf) : target.date,
    clamped: target.clamped,
    state,
    accruedDays: Math.max(0, daysBetween(counted.start, end)),
    end: stop ?? input.asOf,
    absentDays: stretch.absentDays,
  };
}

/** At most this many days are scanned back; beyond it the plain count from the start is used. */
const MAX_SCAN_DAYS = 40 * 366;

function unbrokenOn(input: PresenceClockInput, trips: readonly Trip[], day: IsoDate): boolean {
  const start = stretchBefore(input, trips, day).start;
  return compareDates(addYearsDetailed(start, input.requiredYears, 'later').date, day) <= 0;
}

/**
 * The first day of the run of days, ending at `end`, on which the required years before the day are
 * unbroken. Without absences in between it is simply `start` plus the years; with absences the
 * 180-day total can make some earlier days fail, so the days are checked one by one.
 */
function runStart(
  input: PresenceClockInput,
  trips: readonly Trip[],
  start: IsoDate,
  end: IsoDate,
): IsoDate {
  const floor = addYearsDetailed(start, input.requiredYears, 'later').date;
  const between = trips.filter(
    (trip) => compareDates(trip.leftOn, start) >= 0 && compareDates(trip.leftOn, end) < 0,
  );
  // No trip after the start breaks presence alone and together they stay within 180 days: every
  // day from the floor on is unbroken, so the day-by-day scan would end at the floor anyway.
  const total = between.reduce((sum, trip) => sum + trip.days, 0);
  if (!between.some(breaksAlone) && total <= MAX_TOTAL_ABSENCE_DAYS) return floor;
  let day = end;
  for (let i = 0; i < MAX_SCAN_DAYS && compareDates(day, floor) > 0; i += 1) {
    const previous = addDays(day, -1);
    if (!unbrokenOn(input, trips, previous)) return day;
    day = previous;
  }
  return day;
}

function resultStep(input: PresenceClockInput, e: Evaluation): LocalizedText {
  const years = input.requiredYears;
  if (e.state === 'satisfied') {
    return t(
      `The ${years} years before ${e.end} are unbroken (presence counted from ${e.start}); the requirement has been met without a gap since ${e.satisfiedOn}.`,
      `Los ${years} años antes del ${e.end} no tienen interrupción (presencia contada desde el ${e.start}); el requisito se cumple sin interrupción desde el ${e.satisfiedOn}.`,
    );
  }
  if (e.state === 'stopped_short') {
    return t(
      `Counting from ${e.start}, ${years} years would be complete on ${e.satisfiedOn}, but time stopped on ${e.end}.`,
      `Contando desde el ${e.start}, los ${years} años se cumplirían el ${e.satisfiedOn}, pero el tiempo se detuvo el ${e.end}.`,
    );
  }
  return t(
    `Counting from ${e.start}, ${years} years will be complete on ${e.satisfiedOn} if nothing changes.`,
    `Contando desde el ${e.start}, los ${years} años se cumplirán el ${e.satisfiedOn} si nada cambia.`,
  );
}

export function computePresenceClock(input: PresenceClockInput): PresenceClockOutput {
  const applied = input.triggers.filter((trigger) => trigger.status === 'applies');
  const stop = minDate(...applied.map((trigger) => trigger.date));
  const resolved = resolveTrips(input);
  const steps: LocalizedText[] = [
    t(
      `Start: ${input.startLabel.en}, ${input.start}.`,
      `Inicio: ${input.startLabel.es}, ${input.start}.`,
    ),
    ...resolved.steps,
  ];
  const caveats = [...resolved.caveats];
  const base = { requiredYears: input.requiredYears, asOf: input.asOf };
  if (!resolved.trips) {
    const detail: ClockDetail = {
      ...base,
      startDate: null,
      satisfiedOn: null,
      stopDate: stop,
      accruedDays: 0,
      state: 'not_computed',
      steps,
      alternatives: [],
    };
    return { detail, caveats, missing: ['departures.returnedOn'] };
  }
  const trips = resolved.trips;
  const main = evaluate(input, trips, stop);
  const explained = explainAbsences(
    input.requiredYears,
    trips,
    { start: main.start, absentDays: main.absentDays },
    main.end,
  );
  steps.push(...explained.steps, ...input.triggerSteps);
  caveats.push(...explained.caveats);
  if (main.clamped) {
    caveats.push(
      caveat(
        'clock.feb29',
        'warning',
        t(
          `The count starts on February 29; the years are treated as complete on ${main.satisfiedOn}, the later day.`,
          `El conteo empieza un 29 de febrero; los años se consideran cumplidos el ${main.satisfiedOn}, el día posterior.`,
        ),
      ),
    );
  }
  const stopTrigger = applied.find((trigger) => trigger.date === stop);
  if (stopTrigger) {
    steps.push(
      t(
        `Time stops on ${stopTrigger.date}: ${stopTrigger.label.en}.`,
        `El tiempo se detiene el ${stopTrigger.date}: ${stopTrigger.label.es}.`,
      ),
    );
    if (compareDates(stopTrigger.date, input.start) < 0) {
      caveats.push(
        caveat(
          'clock.stopBeforeStart',
          'warning',
          t(
            'Time stops before the count starts. Check the dates; whether a new period can begin after stop-time is for the attorney to decide.',
            'El tiempo se detiene antes de que empiece el conteo. Revise las fechas; si puede empezar un nuevo período después de la interrupción lo decide el abogado.',
          ),
        ),
      );
    }
    if (main.state === 'satisfied' && daysBetween(main.satisfiedOn, stopTrigger.date) <= 30) {
      caveats.push(
        caveat(
          'clock.borderlineStop',
          'warning',
          t(
            'The years are complete 30 days or less before time stops. Confirm every date.',
            'Los años se cumplen 30 días o menos antes de que el tiempo se detenga. Confirme cada fecha.',
          ),
        ),
      );
    }
  } else {
    steps.push(
      t(
        'Nothing recorded stops time, so it keeps accruing until a final decision (a removal order itself does not stop time: Matter of Chen, 28 I&N Dec. 676 (BIA 2023)).',
        'Nada de lo registrado detiene el tiempo, así que sigue contando hasta una decisión final (una orden de deportación por sí sola no lo detiene: Matter of Chen, 28 I&N Dec. 676 (BIA 2023)).',
      ),
    );
  }
  steps.push(
    resultStep(input, main),
    t(
      `Days since the count started, as of ${minDate(input.asOf, main.end)}: ${main.accruedDays} (short absences included).`,
      `Días desde el inicio del conteo, al ${minDate(input.asOf, main.end)}: ${main.accruedDays} (incluidas las ausencias cortas).`,
    ),
  );
  const alternatives = input.triggers
    .filter(
      (trigger) => trigger.status === 'possible' && (!stop || compareDates(trigger.date, stop) < 0),
    )
    .sort((a, b) => compareDates(a.date, b.date))
    .map((trigger): ClockAlternative => {
      const alt = evaluate(input, trips, trigger.date);
      steps.push(
        t(
          `Not decided: ${trigger.label.en}, time would stop on ${trigger.date} with ${alt.accruedDays} days counted.`,
          `Sin decidir: ${trigger.label.es}, el tiempo se detendría el ${trigger.date} con ${alt.accruedDays} días contados.`,
        ),
      );
      return {
        label: trigger.label,
        stopDate: trigger.date,
        accruedDays: alt.accruedDays,
        state: alt.state,
      };
    });
  const detail: ClockDetail = {
    ...base,
    startDate: main.start,
    satisfiedOn: main.satisfiedOn,
    stopDate: stop,
    accruedDays: main.accruedDays,
    state: main.state,
    steps,
    alternatives,
  };
  return { detail, caveats, missing: [] };
}
