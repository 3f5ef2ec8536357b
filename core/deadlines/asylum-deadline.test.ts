import { describe, expect, it } from 'vitest';
import { asylumOneYearDeadline } from './asylum-deadline';

const today = '2026-11-27';
const ids = (result: { caveats: readonly { id: string }[] }) => result.caveats.map((c) => c.id);

describe('asylum one-year deadline', () => {
  it.each([
    // [last arrival, unrolled anniversary, due date, why]
    ['2025-12-10', '2026-12-10', '2026-12-10', 'a Thursday: no roll-over'],
    ['2025-12-25', '2026-12-25', '2026-12-28', 'Christmas (Friday) rolls to Monday'],
    [
      '2025-07-04',
      '2026-07-04',
      '2026-07-06',
      'a Saturday rolls to Monday, not to the observed Friday',
    ],
    ['2021-12-31', '2022-12-31', '2023-01-03', 'Saturday; Monday Jan 2 is the observed New Year'],
    ['2025-11-27', '2026-11-27', '2026-11-27', 'the day after Thanksgiving is a business day'],
    ['2024-01-01', '2025-01-01', '2025-01-02', "New Year's Day rolls to the 2nd"],
  ])('arrival %s: anniversary %s, due %s (%s)', (lastArrival, unrolled, due) => {
    const result = asylumOneYearDeadline(
      { lastArrival, dateOfBirth: '1990-01-01', ntaIssued: '2026-01-10' },
      { today },
    );
    expect(result.unrolledDate).toBe(unrolled);
    expect(result.dueDate).toBe(due);
    expect(result.verified).toBe(true);
    expect(result.attorneyToConfirm).toBe(true);
    expect(result.citations).toContain('8 CFR 1208.4(a)(2)(ii)');
    expect(ids(result).includes('deadline.rolledForward')).toBe(unrolled !== due);
  });

  it('moves a last day that falls on a listed court closure to the next open business day', () => {
    // 2026-12-10 is a Thursday; the court listed it and Friday the 11th as closed (weather).
    const closed = asylumOneYearDeadline(
      { lastArrival: '2025-12-10', dateOfBirth: '1990-01-01', ntaIssued: '2026-01-10' },
      { today, settings: { closedDays: ['2026-12-10', '2026-12-11'] } },
    );
    expect(closed.unrolledDate).toBe('2026-12-10');
    expect(closed.dueDate).toBe('2026-12-14');
    expect(closed.safeDate).toBe('2026-12-09');
    const rolled = closed.caveats.find((c) => c.id === 'deadline.rolledForward');
    expect(rolled?.text.en).toContain('a listed court closure');
    // A closure on the Monday a weekend anniversary rolls to moves it on again.
    const weekend = asylumOneYearDeadline(
      { lastArrival: '2025-07-04' },
      { today, settings: { closedDays: ['2026-07-06'] } },
    );
    expect(weekend.dueDate).toBe('2026-07-07');
    // Control: without the closures the same arrivals give the plain dates.
    expect(asylumOneYearDeadline({ lastArrival: '2025-12-10' }, { today }).dueDate).toBe(
      '2026-12-10',
    );
  });

  it('uses February 28 for a February 29 arrival, and flags it', () => {
    const leap = asylumOneYearDeadline({ lastArrival: '2024-02-29' }, { today: '2024-03-01' });
    expect(leap.unrolledDate).toBe('2025-02-28');
    expect(leap.dueDate).toBe('2025-02-28');
    expect(ids(leap)).toContain('asylum.feb29');
    // 2021-02-28 was a Sunday: the conservative day still rolls to the next business day.
    const sunday = asylumOneYearDeadline({ lastArrival: '2020-02-29' }, { today: '2020-03-01' });
    expect([sunday.unrolledDate, sunday.dueDate]).toEqual(['2021-02-28', '2021-03-01']);
  });

  it('runs from 1997-04-01 for earlier arrivals', () => {
    const result = asylumOneYearDeadline({ lastArrival: '1995-06-01' }, { today });
    expect(result.dueDate).toBe('1998-04-01');
    expect(ids(result)).toEqual(expect.arrayContaining(['asylum.floor', 'deadline.passed']));
    expect(result.daysLeft).toBeLessThan(0);
  });

  it('reports the days left from today', () => {
    const result = asylumOneYearDeadline({ lastArrival: '2026-01-15' }, { today });
    expect(result.dueDate).toBe('2027-01-15');
    expect(result.daysLeft).toBe(49);
  });

  it('prompts the unaccompanied-child exemption when the client arrived under 18', () => {
    const child = asylumOneYearDeadline(
      { lastArrival: '2025-03-01', dateOfBirth: '2008-03-02' },
      { today },
    );
    expect(ids(child)).toContain('asylum.unaccompaniedChild');
    const adult = asylumOneYearDeadline(
      { lastArrival: '2025-03-02', dateOfBirth: '2007-03-02' },
      { today },
    );
    expect(ids(adult)).not.toContain('asylum.unaccompaniedChild');
    const unknown = asylumOneYearDeadline({ lastArrival: '2025-03-02' }, { today });
    expect(ids(unknown)).toContain('asylum.askUnaccompaniedChild');
  });

  it('shows Mendez Rojas only as a historical check, for NTAs up to 2021-01-26', () => {
    expect(
      ids(asylumOneYearDeadline({ lastArrival: '2019-01-01', ntaIssued: '2021-01-26' }, { today })),
    ).toContain('asylum.mendezRojas');
    expect(
      ids(asylumOneYearDeadline({ lastArrival: '2019-01-01', ntaIssued: '2021-01-27' }, { today })),
    ).not.toContain('asylum.mendezRojas');
  });

  it('compares a recorded I-589 filing with the deadline', () => {
    const onTime = asylumOneYearDeadline(
      { lastArrival: '2025-12-25', i589FiledOn: '2026-12-28' },
      { today },
    );
    expect(ids(onTime)).toContain('asylum.filedInTime');
    const late = asylumOneYearDeadline(
      { lastArrival: '2025-12-25', i589FiledOn: '2026-12-29' },
      { today },
    );
    expect(ids(late)).toContain('asylum.filedLate');
  });

  it('flags an estimated arrival date', () => {
    const result = asylumOneYearDeadline(
      { lastArrival: '2026-06-01', arrivalApproximate: true },
      { today },
    );
    expect(result.caveats.find((c) => c.id === 'asylum.arrivalApproximate')?.severity).toBe(
      'warning',
    );
  });

  it('computes nothing without an arrival and says what is missing', () => {
    const result = asylumOneYearDeadline({ lastArrival: null }, { today });
    expect(result.dueDate).toBeNull();
    expect(result.missing).toEqual(['entries.date']);
    expect(result.daysLeft).toBeNull();
  });

  it('puts critical caveats first', () => {
    const result = asylumOneYearDeadline({ lastArrival: '2020-01-01' }, { today });
    expect(result.caveats[0]?.severity).toBe('critical');
  });
});

describe('asylum one-year deadline: what the attorney reads', () => {
  const adultArrival = {
    lastArrival: '2025-12-10',
    dateOfBirth: '1990-01-01',
    ntaIssued: '2026-01-10',
  };

  it('a plain adult arrival with a recent NTA carries exactly the general caveats, none of the conditional ones', () => {
    expect(ids(asylumOneYearDeadline(adultArrival, { today })).sort()).toEqual(
      ['asylum.filedWhenReceived', 'asylum.exceptions', 'asylum.onlyAsylum'].sort(),
    );
  });

  it.each([
    [{ lastArrival: '1995-06-01', dateOfBirth: '1970-01-01' }, 'asylum.floor'],
    [{ lastArrival: '2024-02-29' }, 'asylum.feb29'],
    [{ arrivalApproximate: true }, 'asylum.arrivalApproximate'],
    [{ dateOfBirth: null }, 'asylum.askUnaccompaniedChild'],
    [{ dateOfBirth: '2008-06-01' }, 'asylum.unaccompaniedChild'],
    [{ ntaIssued: '2020-05-01' }, 'asylum.mendezRojas'],
    [{ ntaIssued: null }, 'asylum.mendezRojas'],
  ])('adds one caveat for one condition: %o gives %s and nothing else', (change, expected) => {
    const result = asylumOneYearDeadline({ ...adultArrival, ...change }, { today });
    const general = ['asylum.filedWhenReceived', 'asylum.exceptions', 'asylum.onlyAsylum'];
    expect(
      ids(result)
        .filter((id) => !id.startsWith('deadline.'))
        .sort(),
    ).toEqual([...general, expected].sort());
  });

  it('a client who turns 18 the day after the last arrival was a child then; on the birthday, an adult', () => {
    const child = asylumOneYearDeadline(
      { ...adultArrival, lastArrival: '2025-06-01', dateOfBirth: '2007-06-02' },
      { today },
    );
    expect(ids(child)).toContain('asylum.unaccompaniedChild');
    const adult = asylumOneYearDeadline(
      { ...adultArrival, lastArrival: '2025-06-02', dateOfBirth: '2007-06-02' },
      { today },
    );
    expect(ids(adult)).not.toContain('asylum.unaccompaniedChild');
  });

  it('a client born on February 29 turns 18 on March 1 in a common year: still a child on February 28', () => {
    const result = asylumOneYearDeadline(
      { ...adultArrival, lastArrival: '2026-02-28', dateOfBirth: '2008-02-29' },
      { today },
    );
    expect(ids(result)).toContain('asylum.unaccompaniedChild');
  });

  it('echoes the facts it used, so the attorney sees what the date came from', () => {
    const input = {
      lastArrival: '2025-12-10',
      arrivalApproximate: true,
      dateOfBirth: '1990-01-01',
      ntaIssued: '2026-01-10',
      i589FiledOn: '2026-03-01',
    };
    expect(asylumOneYearDeadline(input, { today }).inputs).toEqual(input);
    expect(asylumOneYearDeadline({ lastArrival: null }, { today }).inputs).toEqual({
      lastArrival: null,
      arrivalApproximate: null,
      dateOfBirth: null,
      ntaIssued: null,
      i589FiledOn: null,
    });
  });

  it('every caveat it can give reads in English and in Spanish, with the same citations in both', () => {
    const results = [
      asylumOneYearDeadline({ lastArrival: null }, { today }),
      asylumOneYearDeadline(
        { lastArrival: '1995-02-28', arrivalApproximate: true, i589FiledOn: '2030-01-01' },
        { today },
      ),
      asylumOneYearDeadline(
        { lastArrival: '2024-02-29', dateOfBirth: '2010-01-01', i589FiledOn: '2024-03-01' },
        { today },
      ),
    ];
    const caveats = results.flatMap((result) => result.caveats);
    const seen = new Set(caveats.map((caveat) => caveat.id));
    for (const id of [
      'asylum.filedWhenReceived',
      'asylum.onlyAsylum',
      'asylum.exceptions',
      'asylum.feb29',
      'asylum.arrivalApproximate',
      'asylum.floor',
      'asylum.unaccompaniedChild',
      'asylum.askUnaccompaniedChild',
      'asylum.mendezRojas',
      'asylum.filedLate',
      'asylum.filedInTime',
    ]) {
      expect(seen, id).toContain(id);
    }
    const citation =
      /(INA \d+\([a-z]\)(?:\(\d+\))?(?:\([A-Z]\))?|8 CFR [\d.()a-z-]+|\d{4}-\d{2}-\d{2}|I-\d+|Matter of [A-Z-]+)/g;
    for (const caveat of caveats) {
      expect(caveat.text.en.length, caveat.id).toBeGreaterThan(20);
      expect(caveat.text.es.length, caveat.id).toBeGreaterThan(20);
      expect(caveat.text.es, caveat.id).not.toBe(caveat.text.en);
      expect(caveat.text.es.match(citation) ?? [], caveat.id).toEqual(
        caveat.text.en.match(citation) ?? [],
      );
    }
  });
});

describe('asylum one-year deadline: how loud each caveat is', () => {
  it('warns where the date itself may be wrong, informs otherwise', () => {
    const severities = new Map<string, string>();
    for (const result of [
      asylumOneYearDeadline({ lastArrival: null }, { today }),
      asylumOneYearDeadline(
        { lastArrival: '1995-02-28', arrivalApproximate: true, i589FiledOn: '2030-01-01' },
        { today },
      ),
      asylumOneYearDeadline(
        { lastArrival: '2024-02-29', dateOfBirth: '2010-01-01', i589FiledOn: '2024-03-01' },
        { today },
      ),
    ])
      for (const caveat of result.caveats) severities.set(caveat.id, caveat.severity);
    expect(Object.fromEntries([...severities].filter(([id]) => id.startsWith('asylum.')))).toEqual({
      'asylum.onlyAsylum': 'info',
      'asylum.filedWhenReceived': 'info',
      'asylum.floor': 'info',
      'asylum.arrivalApproximate': 'warning',
      'asylum.askUnaccompaniedChild': 'info',
      'asylum.mendezRojas': 'info',
      'asylum.filedLate': 'warning',
      'asylum.exceptions': 'info',
      'asylum.feb29': 'warning',
      'asylum.unaccompaniedChild': 'warning',
      'asylum.filedInTime': 'info',
    });
  });

  it('with no arrival date, asks for it and still says the deadline bars asylum only', () => {
    const result = asylumOneYearDeadline({ lastArrival: null }, { today });
    expect(result.dueDate).toBeNull();
    expect(result.missing).toEqual(['entries.date']);
    expect(ids(result)).toEqual(['asylum.onlyAsylum']);
  });
});
