/** 42A: 7 years of continuous residence after an admission, and 5 years as an LPR. */
import type { IsoDate } from './calendar-date';
import { minDate } from './calendar-date';
import type { ClockFacts, ClockOptions } from './cancellation-clocks';
import { commonCaveats, entryDay } from './cancellation-clocks';
import { resolveOptions } from './deadline-settings';
import { deadlineRule } from './deadline-rules';
import type { Caveat, DeadlineResult } from './deadline-types';
import { t } from './deadline-types';
import { computePresenceClock } from './presence-clock';
import { buildResult, caveat } from './result-builder';
import { stopTriggers } from './stop-time';

/** Entry manners that are an admission (parole and entry without inspection are not). */
const ADMISSION_MANNERS: ReadonlySet<string> = new Set(['visa', 'lpr', 'refugee']);

export const CANCELLATION_42A_RESIDENCE = 'residence-7-years';
export const CANCELLATION_42A_LPR = 'lpr-5-years';

function firstAdmission(facts: ClockFacts): IsoDate | null {
  return minDate(...facts.entries.filter((e) => ADMISSION_MANNERS.has(e.manner)).map(entryDay));
}

/** Two results: the 7-year residence clock (stop-time applies) and the 5-year LPR clock (it does not). */
export function cancellation42aClocks(facts: ClockFacts, options: ClockOptions): DeadlineResult[] {
  const resolved = resolveOptions(options);
  const rule = deadlineRule('cancellation-42a-clock');
  const asOf = options.asOf ?? resolved.today;
  const lprSince = facts.immigrationStatus.lprSince ?? null;
  const admission = firstAdmission(facts);
  const start = admission ?? lprSince;
  const caveats: Caveat[] = [
    caveat(
      '42a.residenceAbsences',
      'info',
      t(
        'The 90/180-day absence rule is for physical presence, not residence; long absences can still raise questions about residence. Not computed here: aggravated felonies and any earlier cancellation, suspension or 212(c) relief.',
        'La regla de ausencias de 90/180 días es para la presencia física, no para la residencia; aun así, las ausencias largas pueden plantear dudas sobre la residencia. No se calcula aquí: delitos graves agravados ni una cancelación, suspensión o 212(c) anterior.',
      ),
    ),
  ];
  if (!admission && lprSince) {
    caveats.push(
      caveat(
        '42a.adjustmentAsAdmission',
        'warning',
        t(
          `No admission is recorded among the entries; the count starts at the grant of LPR status (${lprSince}). Whether adjustment counts as an admission here is for the attorney to confirm.`,
          `No consta ninguna admisión entre las entradas; el conteo empieza con la concesión de la residencia (${lprSince}). Si el ajuste cuenta como admisión aquí lo debe confirmar el abogado.`,
        ),
      ),
    );
  }
  const inputs = {
    firstAdmission: admission,
    lprSince,
    asOf,
    ntaServed: facts.nta.dateServed ?? null,
    ntaHearingTime: facts.nta.hearingTimeOnNta,
  };
  const results: DeadlineResult[] = [];
  if (!start) {
    results.push(
      buildResult(rule, resolved, {
        kind: 'clock',
        subjectId: CANCELLATION_42A_RESIDENCE,
        inputs,
        missing: ['entries.manner', 'immigrationStatus.lprSince'],
      }),
    );
  } else {
    const found = stopTriggers(facts, true);
    const clock = computePresenceClock({
      requiredYears: 7,
      start,
      startLabel: admission
        ? t('first admission', 'primera admisión')
        : t('grant of LPR status', 'concesión de la residencia permanente'),
      departures: [],
      entryDates: [],
      triggers: found.triggers,
      triggerSteps: found.steps,
      asOf,
    });
    const all = [...clock.caveats, ...found.caveats, ...commonCaveats(facts), ...caveats];
    results.push(
      buildResult(rule, resolved, {
        kind: 'clock',
        subjectId: CANCELLATION_42A_RESIDENCE,
        inputs,
        caveats: all,
        clock: clock.detail,
      }),
    );
  }
  if (!lprSince) {
    results.push(
      buildResult(rule, resolved, {
        kind: 'clock',
        subjectId: CANCELLATION_42A_LPR,
        inputs,
        missing: ['immigrationStatus.lprSince'],
      }),
    );
    return results;
  }
  const lpr = computePresenceClock({
    requiredYears: 5,
    start: lprSince,
    startLabel: t(
      'grant of LPR status (conditional residence counts)',
      'concesión de la residencia (cuenta la residencia condicional)',
    ),
    departures: [],
    entryDates: [],
    triggers: [],
    triggerSteps: [
      t(
        'Stop-time does not apply to the 5 years as an LPR; they count until a final decision.',
        'La regla de interrupción no se aplica a los 5 años como residente; cuentan hasta una decisión final.',
      ),
    ],
    asOf,
  });
  results.push(
    buildResult(rule, resolved, {
      kind: 'clock',
      subjectId: CANCELLATION_42A_LPR,
      inputs,
      caveats: lpr.caveats,
      clock: lpr.detail,
    }),
  );
  return results;
}
