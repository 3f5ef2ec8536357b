import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from './calendar-date';
import { t } from './deadline-types';
import type { ClockDeparture, Trip } from './presence-absences';
import { explainAbsences, resolveTrips, stretchBefore } from './presence-absences';
import { presenceInput } from './presence.test-support';

// INA 240A(d)(2): presence breaks with any absence over 90 days, or over 180 days in all (DOMAIN.md
// 2.5); a departure under an order breaks it too (Romalez-Alcaide).
const input = presenceInput;
const away = (
  leftOn: string,
  returnedOn: string | null,
  underOrder: boolean | null = false,
): ClockDeparture => ({ leftOn, returnedOn, underOrder });
const trip = (leftOn: string, returnedOn: string, underOrder: boolean | null = false): Trip => ({
  leftOn,
  returnedOn,
  days: daysBetween(leftOn, returnedOn),
  underOrder,
  inferred: false,
});
const ids = (caveats: readonly { id: string }[]) => caveats.map((c) => c.id);

describe('resolveTrips', () => {
  it('orders the absences, keeps a recorded return, and flags nothing for a plain short trip', () => {
    const out = resolveTrips(
      input({
        departures: [away('2015-06-01', '2015-06-20'), away('2012-01-01', '2012-01-31')],
        entryDates: ['2010-03-15', '2012-02-15'],
      }),
    );
    expect(out).toEqual({
      trips: [
        { ...trip('2012-01-01', '2012-01-31'), inferred: false },
        { ...trip('2015-06-01', '2015-06-20'), inferred: false },
      ],
      steps: [],
      caveats: [],
    });
  });

  it('takes the next entry after the departure as the return, never one on the same day', () => {
    const out = resolveTrips(
      input({
        departures: [away('2012-01-01', null)],
        entryDates: ['2010-03-15', '2012-01-01', '2012-02-10', '2013-01-01'],
      }),
    );
    expect(out.trips).toEqual([{ ...trip('2012-01-01', '2012-02-10'), inferred: true }]);
    expect(out.steps).toEqual([
      t(
        'No return date for the departure on 2012-01-01; the next recorded entry, 2012-02-10, is used.',
        'No hay fecha de regreso para la salida del 2012-01-01; se usa la siguiente entrada registrada, 2012-02-10.',
      ),
    ]);
  });

  it('cannot count without a return, and says so loudly', () => {
    const out = resolveTrips(
      input({ departures: [away('2012-01-01', null)], entryDates: ['2010-03-15', '2012-01-01'] }),
    );
    expect(out.trips).toBeNull();
    expect(out.caveats).toEqual([
      {
        id: 'clock.returnUnknown',
        severity: 'critical',
        text: t(
          'The return after the departure on 2012-01-01 is not recorded, so the clock cannot be counted.',
          'No consta el regreso después de la salida del 2012-01-01, así que no se puede contar el plazo.',
        ),
      },
    ]);
  });

  it('sets aside a departure before the start and one after the date counted to; keeps both boundary days', () => {
    const out = resolveTrips(
      input({
        asOf: '2020-01-01',
        departures: [
          away('2010-03-14', '2010-03-20'),
          away('2010-03-15', '2010-03-25'),
          away('2020-01-01', '2020-01-05'),
          away('2020-01-02', '2020-01-05'),
        ],
      }),
    );
    expect(out.trips?.map((tr) => tr.leftOn)).toEqual(['2010-03-15', '2020-01-01']);
    expect(out.caveats).toEqual([
      {
        id: 'clock.departureBeforeStart',
        severity: 'warning',
        text: t(
          'A departure on 2010-03-14 is before the start of the count (2010-03-15); check the entry and departure dates.',
          'Una salida el 2010-03-14 es anterior al inicio del conteo (2010-03-15); revise las fechas de entrada y salida.',
        ),
      },
    ]);
  });

  it('asks whether a departure was under an order only when that is unknown', () => {
    const out = resolveTrips(
      input({
        departures: [
          away('2012-01-01', '2012-01-20', null),
          away('2013-01-01', '2013-01-20', true),
          away('2014-01-01', '2014-01-20', false),
        ],
      }),
    );
    expect(out.caveats).toEqual([
      {
        id: 'clock.askUnderOrder',
        severity: 'warning',
        text: t(
          'Ask whether the departure on 2012-01-01 was under a removal or voluntary-departure order: such a departure can break the clock whatever its length.',
          'Pregunte si la salida del 2012-01-01 fue bajo una orden de deportación o de salida voluntaria: una salida así puede interrumpir el plazo sin importar su duración.',
        ),
      },
    ]);
  });

  it('warns of an absence within 5 days of 90: 85 and 95 days do, 84 and 96 do not', () => {
    const borderline = (days: number) =>
      ids(
        resolveTrips(input({ departures: [away('2012-01-01', addDays('2012-01-01', days))] }))
          .caveats,
      );
    expect([84, 85, 95, 96].map(borderline)).toEqual([
      [],
      ['clock.borderlineAbsence'],
      ['clock.borderlineAbsence'],
      [],
    ]);
    const [caveat] = resolveTrips(
      input({ departures: [away('2012-01-01', '2012-03-31')] }),
    ).caveats;
    expect(caveat).toEqual({
      id: 'clock.borderlineAbsence',
      severity: 'warning',
      text: t(
        'The absences from 2012-01-01 to 2012-03-31 are within 5 days of a limit (90 days, or 180 in total). Confirm the exact dates and how the days are counted.',
        'Las ausencias del 2012-01-01 al 2012-03-31 están a 5 días o menos de un límite (90 días, o 180 en total). Confirme las fechas exactas y cómo se cuentan los días.',
      ),
    });
  });
});

describe('stretchBefore', () => {
  it('a departure on the day the count starts, over 90 days, breaks presence', () => {
    const trips = [trip('2010-03-15', '2010-06-23')];
    expect(stretchBefore(input(), trips, '2026-11-27').start).toBe('2010-06-23');
  });

  it('a departure on the end day itself does not break the presence before it', () => {
    const trips = [trip('2020-03-15', '2020-06-23')];
    expect(stretchBefore(input(), trips, '2020-03-15')).toEqual({
      start: '2010-03-15',
      absentDays: 0,
    });
  });

  it('abroad on the end day after a break: the count cannot start after the end', () => {
    const trips = [trip('2020-01-01', '2020-06-01')];
    expect(stretchBefore(input(), trips, '2020-03-01').start).toBe('2020-03-01');
    // Back on the end day itself: the count starts that day, with no days away.
    expect(stretchBefore(input(), trips, '2020-06-01')).toEqual({
      start: '2020-06-01',
      absentDays: 0,
    });
  });

  it('an end before the start counts nothing', () => {
    expect(stretchBefore(input(), [], '2009-01-01')).toEqual({
      start: '2009-01-01',
      absentDays: 0,
    });
  });

  it('ten years before February 29 start on February 28, so the window is never short', () => {
    const trips = [trip('2014-01-01', '2014-03-10')];
    // 2014-02-28 to 2014-03-10: 10 days inside the window.
    expect(stretchBefore(input(), trips, '2024-02-29').absentDays).toBe(10);
  });
});

describe('explainAbsences', () => {
  it('explains each absence before the end by what it does to the count', () => {
    const trips = [
      trip('2011-01-01', '2011-01-21', true),
      trip('2012-01-01', '2012-04-01'),
      trip('2013-01-01', '2013-04-01'),
      trip('2014-01-01', '2014-01-11'),
      trip('2020-03-15', '2020-03-20'),
    ];
    const out = explainAbsences(10, trips, { start: '2012-04-01', absentDays: 100 }, '2020-03-15');
    expect(out.steps).toEqual([
      t(
        'Left on 2011-01-01 under an order (removal or voluntary departure): treated as a break (Matter of Romalez-Alcaide, 23 I&N Dec. 423 (BIA 2002), not re-verified); presence restarts at the return, 2011-01-21.',
        'Salió el 2011-01-01 bajo una orden (deportación o salida voluntaria): se trata como una interrupción (Matter of Romalez-Alcaide, 23 I&N Dec. 423 (BIA 2002), no verificado de nuevo); la presencia se reinicia al regresar, el 2011-01-21.',
      ),
      t(
        'Left on 2012-01-01, back on 2012-04-01: 91 days away, more than 90. Presence restarts at 2012-04-01.',
        'Salió el 2012-01-01, regresó el 2012-04-01: 91 días fuera, más de 90. La presencia se reinicia el 2012-04-01.',
      ),
      // Exactly 90 days is not more than 90.
      t(
        'Left on 2013-01-01, back on 2013-04-01: 90 days away.',
        'Salió el 2013-01-01, regresó el 2013-04-01: 90 días fuera.',
      ),
      t(
        'Left on 2014-01-01, back on 2014-01-11: 10 days away.',
        'Salió el 2014-01-01, regresó el 2014-01-11: 10 días fuera.',
      ),
      t(
        'Days away counted in the 10 years before 2020-03-15: 100 (limit 180).',
        'Días fuera contados en los 10 años antes del 2020-03-15: 100 (límite 180).',
      ),
    ]);
    expect(out.caveats).toEqual([]);
  });

  it('says the count restarted for the 180-day total only when a short trip is where it restarts', () => {
    const trips = [trip('2011-01-01', '2011-03-02'), trip('2012-01-01', '2012-05-01')];
    const total = explainAbsences(
      10,
      [trips[0]!],
      { start: '2011-03-02', absentDays: 0 },
      '2020-06-01',
    );
    expect(total.steps.map((s) => s.en)).toContain(
      'Absences before 2020-06-01 add up to more than 180 days, so the count restarts at the return on 2011-03-02.',
    );
    expect(total.steps.map((s) => s.es)).toContain(
      'Las ausencias antes del 2020-06-01 suman más de 180 días, así que el conteo se reinicia con el regreso del 2011-03-02.',
    );
    // Restarted by an absence over 90 days, or not restarted at all: no such step.
    for (const start of ['2012-05-01', '2010-03-15'])
      expect(
        explainAbsences(10, trips, { start, absentDays: 0 }, '2020-06-01').steps.map((s) => s.en),
        start,
      ).not.toContainEqual(expect.stringContaining('add up to more than 180'));
  });

  it('with no absences, explains nothing', () => {
    expect(explainAbsences(10, [], { start: '2010-03-15', absentDays: 0 }, '2020-06-01')).toEqual({
      steps: [],
      caveats: [],
    });
  });

  it('warns of a total within 5 days of 180: 175 and 185 do, 174 and 186 do not', () => {
    const warned = (absentDays: number) =>
      ids(explainAbsences(10, [], { start: '2010-03-15', absentDays }, '2020-06-01').caveats);
    expect([174, 175, 185, 186].map(warned)).toEqual([
      [],
      ['clock.borderlineAbsence'],
      ['clock.borderlineAbsence'],
      [],
    ]);
  });
});
