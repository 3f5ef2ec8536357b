import { describe, expect, it } from 'vitest';
import { daysBetween } from './calendar-date';
import { t } from './deadline-types';
import type { PresenceClockInput, StopTrigger } from './presence-clock';
import { computePresenceClock } from './presence-clock';
import { presenceInput } from './presence.test-support';

// 42B: 10 years of continuous physical presence, counted from the first entry until time stops
// (DOMAIN.md 2.5: eligible when cpp_end - first_entry >= 10 years).
const clock = (over: Partial<PresenceClockInput> = {}) => computePresenceClock(presenceInput(over));
const applies = (date: string, en = 'NTA served', es = 'NTA notificado'): StopTrigger => ({
  date,
  status: 'applies',
  label: t(en, es),
});
const possible = (date: string, en: string, es: string): StopTrigger => ({
  date,
  status: 'possible',
  label: t(en, es),
});
const caveatIds = (out: ReturnType<typeof clock>) => out.caveats.map((c) => c.id).sort();

describe('presence clock: the dates', () => {
  it('ten years complete on the very day time stops are enough', () => {
    const out = clock({ triggers: [applies('2020-03-15')] });
    expect(out.detail).toMatchObject({
      state: 'satisfied',
      satisfiedOn: '2020-03-15',
      stopDate: '2020-03-15',
    });
    const dayShort = clock({ triggers: [applies('2020-03-14')] });
    expect(dayShort.detail).toMatchObject({ state: 'stopped_short', satisfiedOn: '2020-03-15' });
  });

  it('short trips over 180 days in all, but never 180 inside one ten-year window: met on the tenth anniversary', () => {
    // 80 days in 2012, 80 in 2022, 80 in 2024: 240 in all, at most 160 in any 10 years (INA
    // 240A(d)(2) counts the 180 days within the period). The day-by-day check runs down to the
    // anniversary itself.
    const trip = (leftOn: string, returnedOn: string) => ({
      leftOn,
      returnedOn,
      underOrder: false,
    });
    const out = clock({
      departures: [
        trip('2012-01-01', '2012-03-21'),
        trip('2022-01-01', '2022-03-22'),
        trip('2024-01-01', '2024-03-21'),
      ],
    });
    expect(out.detail).toMatchObject({
      state: 'satisfied',
      startDate: '2010-03-15',
      satisfiedOn: '2020-03-15',
    });
  });

  it('counts days only up to the chosen date when time stops after it', () => {
    const out = clock({ triggers: [applies('2018-06-01')], asOf: '2015-03-15' });
    expect(out.detail).toMatchObject({
      accruedDays: daysBetween('2010-03-15', '2015-03-15'),
      stopDate: '2018-06-01',
      state: 'stopped_short',
    });
    expect(out.detail.steps.at(-1)?.en).toBe(
      `Days since the count started, as of 2015-03-15: ${daysBetween('2010-03-15', '2015-03-15')} (short absences included).`,
    );
  });

  it('stops at the earliest applied trigger, whatever the order they are given in', () => {
    const out = clock({
      triggers: [applies('2019-01-01', 'offense', 'delito'), applies('2018-06-01')],
    });
    expect(out.detail.stopDate).toBe('2018-06-01');
    expect(out.detail.steps.map((s) => s.en)).toContain('Time stops on 2018-06-01: NTA served.');
    expect(out.detail.steps.map((s) => s.es)).toContain(
      'El tiempo se detiene el 2018-06-01: NTA notificado.',
    );
  });

  it('shows only undecided triggers before the stop date as alternatives, soonest first', () => {
    const triggers = [
      possible('2019-05-01', 'offense B', 'delito B'),
      possible('2017-01-01', 'offense A', 'delito A'),
    ];
    expect(clock({ triggers }).detail.alternatives.map((a) => a.stopDate)).toEqual([
      '2017-01-01',
      '2019-05-01',
    ]);
    const stopped = clock({
      triggers: [
        ...triggers,
        possible('2018-06-01', 'offense C', 'delito C'),
        applies('2018-06-01'),
      ],
    });
    // A trigger on or after the day time already stopped changes nothing.
    expect(stopped.detail.alternatives).toEqual([
      {
        label: t('offense A', 'delito A'),
        stopDate: '2017-01-01',
        accruedDays: daysBetween('2010-03-15', '2017-01-01'),
        state: 'stopped_short',
      },
    ]);
    const steps = stopped.detail.steps;
    expect(steps.map((s) => s.en)).toContain(
      `Not decided: offense A, time would stop on 2017-01-01 with ${daysBetween('2010-03-15', '2017-01-01')} days counted.`,
    );
    expect(steps.map((s) => s.es)).toContain(
      `Sin decidir: delito A, el tiempo se detendría el 2017-01-01 con ${daysBetween('2010-03-15', '2017-01-01')} días contados.`,
    );
  });

  it('asks for a return it cannot infer, and gives no alternatives then', () => {
    const out = clock({
      departures: [{ leftOn: '2012-01-01', returnedOn: null, underOrder: false }],
      triggers: [possible('2017-01-01', 'offense A', 'delito A')],
    });
    expect(out.detail).toMatchObject({ state: 'not_computed', alternatives: [] });
    expect(out.missing).toEqual(['departures.returnedOn']);
    expect(clock().missing).toEqual([]);
  });
});

describe('presence clock: what the attorney reads', () => {
  const accrued = daysBetween('2010-03-15', '2026-11-27');

  it('explains a clock nothing stops, step by step, in English and Spanish', () => {
    const out = clock();
    expect(out.caveats).toEqual([]);
    expect(out.detail.steps).toEqual([
      t('Start: first entry, 2010-03-15.', 'Inicio: primera entrada, 2010-03-15.'),
      t(
        'Nothing recorded stops time, so it keeps accruing until a final decision (a removal order itself does not stop time: Matter of Chen, 28 I&N Dec. 676 (BIA 2023)).',
        'Nada de lo registrado detiene el tiempo, así que sigue contando hasta una decisión final (una orden de deportación por sí sola no lo detiene: Matter of Chen, 28 I&N Dec. 676 (BIA 2023)).',
      ),
      t(
        'The 10 years before 2026-11-27 are unbroken (presence counted from 2010-03-15); the requirement has been met without a gap since 2020-03-15.',
        'Los 10 años antes del 2026-11-27 no tienen interrupción (presencia contada desde el 2010-03-15); el requisito se cumple sin interrupción desde el 2020-03-15.',
      ),
      t(
        `Days since the count started, as of 2026-11-27: ${accrued} (short absences included).`,
        `Días desde el inicio del conteo, al 2026-11-27: ${accrued} (incluidas las ausencias cortas).`,
      ),
    ]);
  });

  it('says when time stopped short, and when the years are still to come', () => {
    const short = clock({ triggers: [applies('2018-06-01')] });
    expect(short.detail.steps.at(-2)).toEqual(
      t(
        'Counting from 2010-03-15, 10 years would be complete on 2020-03-15, but time stopped on 2018-06-01.',
        'Contando desde el 2010-03-15, los 10 años se cumplirían el 2020-03-15, pero el tiempo se detuvo el 2018-06-01.',
      ),
    );
    const young = clock({ start: '2020-01-10', entryDates: ['2020-01-10'] });
    expect(young.detail.state).toBe('accruing');
    expect(young.detail.steps.at(-2)).toEqual(
      t(
        'Counting from 2020-01-10, 10 years will be complete on 2030-01-10 if nothing changes.',
        'Contando desde el 2020-01-10, los 10 años se cumplirán el 2030-01-10 si nada cambia.',
      ),
    );
  });

  it('a count from February 29 completes on March 1, and says so', () => {
    const out = clock({ start: '2008-02-29', entryDates: ['2008-02-29'] });
    expect(out.detail.satisfiedOn).toBe('2018-03-01');
    expect(out.caveats).toEqual([
      {
        id: 'clock.feb29',
        severity: 'warning',
        text: t(
          'The count starts on February 29; the years are treated as complete on 2018-03-01, the later day.',
          'El conteo empieza un 29 de febrero; los años se consideran cumplidos el 2018-03-01, el día posterior.',
        ),
      },
    ]);
  });

  it('warns when time stops before the count starts, not when both fall on one day', () => {
    const before = clock({ triggers: [applies('2010-03-14')] });
    expect(before.caveats).toEqual([
      {
        id: 'clock.stopBeforeStart',
        severity: 'warning',
        text: t(
          'Time stops before the count starts. Check the dates; whether a new period can begin after stop-time is for the attorney to decide.',
          'El tiempo se detiene antes de que empiece el conteo. Revise las fechas; si puede empezar un nuevo período después de la interrupción lo decide el abogado.',
        ),
      },
    ]);
    expect(caveatIds(clock({ triggers: [applies('2010-03-15')] }))).toEqual([]);
  });

  it('warns when the years are complete 30 days or less before time stops, and only then', () => {
    const borderline = {
      id: 'clock.borderlineStop',
      severity: 'warning',
      text: t(
        'The years are complete 30 days or less before time stops. Confirm every date.',
        'Los años se cumplen 30 días o menos antes de que el tiempo se detenga. Confirme cada fecha.',
      ),
    };
    // Complete on 2020-03-15: a stop 30 days later warns, 31 days later does not.
    expect(clock({ triggers: [applies('2020-04-14')] }).caveats).toEqual([borderline]);
    expect(caveatIds(clock({ triggers: [applies('2020-04-15')] }))).toEqual([]);
    expect(caveatIds(clock({ triggers: [applies('2025-03-15')] }))).toEqual([]);
    // Ten days short: not complete at all, so not "complete just before".
    expect(caveatIds(clock({ triggers: [applies('2020-03-05')] }))).toEqual([]);
  });
});
