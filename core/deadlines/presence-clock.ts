/**
 * Counts continuous presence or residence toward cancellation of removal: restarts after a
 * disqualifying absence, stops at stop-time, and explains each step in words.
 */
import type { IsoDate } from './calendar-date';
import { addYearsDetailed, compareDates, daysBetween, minDate } from './calendar-date';
import type { Caveat, ClockAlternative, ClockDetail, ClockState } from './deadline-types';
import { t } from './deadline-types';
import type { PresenceClockInput } from './presence-absences';
import { effectiveStart } from './presence-absences';
import { caveat } from './result-builder';

export type { ClockDeparture, PresenceClockInput, StopTrigger } from './presence-absences';
export { MAX_SINGLE_ABSENCE_DAYS, MAX_TOTAL_ABSENCE_DAYS } from './presence-absences';

export interface PresenceClockOutput {
  readonly detail: ClockDetail;
  readonly caveats: readonly Caveat[];
  readonly missing: readonly string[];
}

function stateOf(satisfiedOn: IsoDate, stop: IsoDate | null, asOf: IsoDate): ClockState {
  if (stop && compareDates(satisfiedOn, stop) >= 0) return 'stopped_short';
  return compareDates(satisfiedOn, asOf) <= 0 ? 'satisfied' : 'accruing';
}

function accrued(start: IsoDate, stop: IsoDate | null, asOf: IsoDate): number {
  return Math.max(0, daysBetween(start, minDate(asOf, ...(stop ? [stop] : [])) ?? asOf));
}

export function computePresenceClock(input: PresenceClockInput): PresenceClockOutput {
  const applied = input.triggers.filter((trigger) => trigger.status === 'applies');
  const stop = minDate(...applied.map((trigger) => trigger.date));
  const outcome = effectiveStart(input, stop);
  const steps = [...outcome.steps, ...input.triggerSteps];
  const caveats = [...outcome.caveats];
  const base = { requiredYears: input.requiredYears, asOf: input.asOf };
  if (!outcome.start) {
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
  const start = outcome.start;
  const target = addYearsDetailed(start, input.requiredYears, 'later');
  if (target.clamped) {
    caveats.push(
      caveat(
        'clock.feb29',
        'warning',
        t(
          `The count starts on February 29; the years are treated as complete on ${target.date}, the later day.`,
          `El conteo empieza un 29 de febrero; los años se consideran cumplidos el ${target.date}, el día posterior.`,
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
    if (compareDates(stopTrigger.date, start) < 0) {
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
  } else {
    steps.push(
      t(
        'Nothing recorded stops time, so it keeps accruing until a final decision (a removal order itself does not stop time: Matter of Chen, 28 I&N Dec. 676 (BIA 2023)).',
        'Nada de lo registrado detiene el tiempo, así que sigue contando hasta una decisión final (una orden de deportación por sí sola no lo detiene: Matter of Chen, 28 I&N Dec. 676 (BIA 2023)).',
      ),
    );
  }
  const state = stateOf(target.date, stop, input.asOf);
  const accruedDays = accrued(start, stop, input.asOf);
  steps.push(
    state === 'stopped_short'
      ? t(
          `${input.requiredYears} years would be complete on ${target.date}, but time stopped first.`,
          `Los ${input.requiredYears} años se cumplirían el ${target.date}, pero el tiempo se detuvo antes.`,
        )
      : t(
          `${input.requiredYears} years are complete on ${target.date}.`,
          `Los ${input.requiredYears} años se cumplen el ${target.date}.`,
        ),
    t(
      `Days counted as of ${input.asOf}: ${accruedDays}.`,
      `Días contados al ${input.asOf}: ${accruedDays}.`,
    ),
  );
  if (stop && state !== 'stopped_short' && daysBetween(target.date, stop) <= 30) {
    caveats.push(
      caveat(
        'clock.borderlineStop',
        'warning',
        t(
          'The years are complete less than 30 days before time stops. Confirm every date.',
          'Los años se cumplen menos de 30 días antes de que el tiempo se detenga. Confirme cada fecha.',
        ),
      ),
    );
  }
  const alternatives = input.triggers
    .filter(
      (trigger) => trigger.status === 'possible' && (!stop || compareDates(trigger.date, stop) < 0),
    )
    .sort((a, b) => compareDates(a.date, b.date))
    .map((trigger): ClockAlternative => {
      const alt = effectiveStart(input, trigger.date).start ?? start;
      const altTarget = addYearsDetailed(alt, input.requiredYears, 'later').date;
      return {
        label: trigger.label,
        stopDate: trigger.date,
        accruedDays: accrued(alt, trigger.date, input.asOf),
        state: stateOf(altTarget, trigger.date, input.asOf),
      };
    });
  alternatives.forEach((alt) => {
    steps.push(
      t(
        `Not decided: ${alt.label.en}, time would stop on ${alt.stopDate} with ${alt.accruedDays} days counted.`,
        `Sin decidir: ${alt.label.es}, el tiempo se detendría el ${alt.stopDate} con ${alt.accruedDays} días contados.`,
      ),
    );
  });
  const detail: ClockDetail = {
    ...base,
    startDate: start,
    satisfiedOn: target.date,
    stopDate: stop,
    accruedDays,
    state,
    steps,
    alternatives,
  };
  return { detail, caveats, missing: [] };
}
