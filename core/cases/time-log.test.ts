import { describe, expect, it } from 'vitest';
import { MAX_ENTRY_MINUTES, TimeEntrySchema } from '../domain/case-logs';
import { syntheticTimeEntry } from '../domain/case-logs.fixture';
import {
  csvCell,
  elapsedSince,
  entryFromTimer,
  parseCsv,
  timeCsv,
  weekStart,
  weekTotals,
  type RunningTimer,
} from './time-log';

const timer: RunningTimer = {
  id: '00000000-0000-4000-8000-000000000750',
  caseId: '5a2c8f0e-3b1d-4e6a-9c7f-0d1e2f3a4b5c',
  activity: 'research',
  startedAt: '2026-12-02T15:00:00.000Z',
};
const attorney = '00000000-0000-4000-8000-000000000730';

describe('elapsedSince', () => {
  it('counts whole minutes from the saved start', () => {
    expect(elapsedSince(timer.startedAt, new Date('2026-12-02T16:30:59.000Z'))).toEqual({
      minutes: 90,
      seconds: 5459,
      flags: [],
    });
  });

  it('a start in the future (the clock was moved back) is never negative, and is flagged', () => {
    const elapsed = elapsedSince(timer.startedAt, new Date('2026-12-02T14:00:00.000Z'));
    expect(elapsed).toEqual({ minutes: 0, seconds: 0, flags: ['clock'] });
  });

  it('an unreadable start is flagged, not NaN', () => {
    expect(elapsedSince('not a date', new Date())).toEqual({
      minutes: 0,
      seconds: 0,
      flags: ['clock'],
    });
  });

  it('a timer left running across midnight and for days is flagged and capped at a week', () => {
    const overnight = elapsedSince(timer.startedAt, new Date('2026-12-03T05:00:00.000Z'));
    expect(overnight.flags).toEqual(['long']);
    expect(overnight.minutes).toBe(14 * 60);
    const forgotten = elapsedSince(timer.startedAt, new Date('2026-12-20T15:00:00.000Z'));
    expect(forgotten).toMatchObject({ minutes: MAX_ENTRY_MINUTES, flags: ['long'] });
  });
});

describe('entryFromTimer', () => {
  it('becomes a valid entry dated by the Chicago day it started, even when stopped after midnight', () => {
    // Started 20:30 in Chicago on 12-02, stopped 01:30 on 12-03.
    const start = { ...timer, startedAt: '2026-12-03T02:30:00.000Z' };
    const entry = entryFromTimer(start, new Date('2026-12-03T07:30:00.000Z'), attorney);
    expect(TimeEntrySchema.parse(entry)).toEqual(entry);
    expect(entry).toMatchObject({ date: '2026-12-02', minutes: 300, source: 'timer' });
    expect(entry.flags).toBeUndefined();
  });

  it('a wrong clock gives a valid, flagged, zero entry dated today', () => {
    const entry = entryFromTimer(timer, new Date('2026-12-01T10:00:00.000Z'), attorney);
    expect(TimeEntrySchema.parse(entry)).toMatchObject({ minutes: 0, flags: ['clock'] });
    expect(entry.date).toBe('2026-12-01');
  });

  it('a timer forgotten for weeks still makes a valid entry', () => {
    const entry = entryFromTimer(timer, new Date('2027-01-30T10:00:00.000Z'), attorney);
    expect(TimeEntrySchema.safeParse(entry).success).toBe(true);
  });
});

describe('weekly totals', () => {
  it('weeks run Monday to Sunday', () => {
    expect(weekStart('2026-12-06')).toBe('2026-11-30'); // a Sunday
    expect(weekStart('2026-11-30')).toBe('2026-11-30');
    expect(weekStart('2026-12-07')).toBe('2026-12-07');
  });

  it('sums the week by activity and by case, leaving other weeks out', () => {
    const entries = [
      syntheticTimeEntry({ minutes: 60, date: '2026-11-30' }),
      syntheticTimeEntry({
        id: '00000000-0000-4000-8000-000000000721',
        minutes: 30,
        activity: 'travel',
        date: '2026-12-06',
      }),
      syntheticTimeEntry({
        id: '00000000-0000-4000-8000-000000000722',
        minutes: 500,
        date: '2026-12-07',
      }),
    ];
    const week = weekTotals(entries, '2026-12-02');
    expect(week).toMatchObject({ from: '2026-11-30', to: '2026-12-06', minutes: 90 });
    expect(week.byActivity).toEqual({ interview: 60, travel: 30 });
    expect([...week.byCase.values()]).toEqual([90]);
  });
});

describe('timeCsv', () => {
  const labels = {
    headings: ['Date', 'Case', 'Activity', 'Minutes', 'Hours', 'Source', 'Check'] as const,
    activity: (a: string) => a,
    source: (s: string) => s,
    flag: (f: string) => `check ${f}`,
  };

  it('reads back what it wrote: references, never names or notes', () => {
    const entries = [
      syntheticTimeEntry({ notes: 'Ana Prueba said, "hello"' }),
      syntheticTimeEntry({
        id: '00000000-0000-4000-8000-000000000723',
        minutes: 0,
        flags: ['clock'],
      }),
    ];
    const text = timeCsv(entries, new Map([[entries[0]!.caseId, 'MCJ-2026-0042']]), labels);
    expect(text).not.toContain('Ana');
    expect(parseCsv(text)).toEqual([
      ['Date', 'Case', 'Activity', 'Minutes', 'Hours', 'Source', 'Check'],
      ['2026-12-02', 'MCJ-2026-0042', 'interview', '90', '1.50', 'manual', ''],
      ['2026-12-02', 'MCJ-2026-0042', 'interview', '0', '0.00', 'manual', 'check clock'],
    ]);
  });

  it('quotes separators and defuses formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(parseCsv(`${csvCell('x\ny')},z\r\n`)).toEqual([['x\ny', 'z']]);
  });
});
