import { describe, expect, it } from 'vitest';
import { isBusinessDay, addBusinessDays, rollBack, rollForward } from './business-days';
import { federalHolidays, isFederalHoliday, observedHolidays } from './federal-holidays';

/** Observed federal holidays (OPM tables for 2020-2027; the same statutory rules after). */
const OBSERVED: Record<number, string> = {
  2020: '01-01 01-20 02-17 05-25 07-03 09-07 10-12 11-11 11-26 12-25',
  2021: '01-01 01-18 02-15 05-31 06-18 07-05 09-06 10-11 11-11 11-25 12-24 12-31',
  2022: '01-17 02-21 05-30 06-20 07-04 09-05 10-10 11-11 11-24 12-26',
  2023: '01-02 01-16 02-20 05-29 06-19 07-04 09-04 10-09 11-10 11-23 12-25',
  2024: '01-01 01-15 02-19 05-27 06-19 07-04 09-02 10-14 11-11 11-28 12-25',
  2025: '01-01 01-20 02-17 05-26 06-19 07-04 09-01 10-13 11-11 11-27 12-25',
  2026: '01-01 01-19 02-16 05-25 06-19 07-03 09-07 10-12 11-11 11-26 12-25',
  2027: '01-01 01-18 02-15 05-31 06-18 07-05 09-06 10-11 11-11 11-25 12-24 12-31',
  2028: '01-17 02-21 05-29 06-19 07-04 09-04 10-09 11-10 11-23 12-25',
  2029: '01-01 01-15 02-19 05-28 06-19 07-04 09-03 10-08 11-12 11-22 12-25',
  2030: '01-01 01-21 02-18 05-27 06-19 07-04 09-02 10-14 11-11 11-28 12-25',
  2031: '01-01 01-20 02-17 05-26 06-19 07-04 09-01 10-13 11-11 11-27 12-25',
  2032: '01-01 01-19 02-16 05-31 06-18 07-05 09-06 10-11 11-11 11-25 12-24 12-31',
  2033: '01-17 02-21 05-30 06-20 07-04 09-05 10-10 11-11 11-24 12-26',
  2034: '01-02 01-16 02-20 05-29 06-19 07-04 09-04 10-09 11-10 11-23 12-25',
  2035: '01-01 01-15 02-19 05-28 06-19 07-04 09-03 10-08 11-12 11-22 12-25',
};

describe('federal holidays', () => {
  it.each(Object.entries(OBSERVED))('observed days in %s match the known list', (year, days) => {
    const expected = days.split(' ').map((md) => `${year}-${md}`);
    expect([...observedHolidays(Number(year))].sort()).toEqual(expected);
  });

  it('has no Juneteenth before 2021', () => {
    expect(federalHolidays(2020).map((h) => h.id)).not.toContain('juneteenth');
    expect(federalHolidays(2021).find((h) => h.id === 'juneteenth')).toEqual({
      id: 'juneteenth',
      date: '2021-06-19',
      observed: '2021-06-18',
    });
  });

  it('observes a Saturday New Year on the Friday before, in the previous year', () => {
    expect(isFederalHoliday('2021-12-31')).toBe(true);
    expect(isFederalHoliday('2022-01-01')).toBe(false);
    expect(federalHolidays(2022)[0]).toEqual({
      id: 'new_years_day',
      date: '2022-01-01',
      observed: '2021-12-31',
    });
  });
});

describe('business days', () => {
  it('skips weekends, holidays and listed closures', () => {
    expect(isBusinessDay('2026-11-26')).toBe(false);
    expect(isBusinessDay('2026-11-27')).toBe(true);
    expect(isBusinessDay('2026-11-27', new Set(['2026-11-27']))).toBe(false);
    expect(rollForward('2026-11-26')).toBe('2026-11-27');
    expect(rollForward('2022-12-31')).toBe('2023-01-03');
    expect(rollBack('2027-01-18')).toBe('2027-01-15');
    expect(rollBack('2026-11-30')).toBe('2026-11-30');
  });

  it('counts business days after a date, not counting the date', () => {
    expect(addBusinessDays('2026-11-20', 5)).toBe('2026-11-30');
    expect(addBusinessDays('2026-12-23', 2)).toBe('2026-12-28');
    expect(addBusinessDays('2026-12-23', 2, new Set(['2026-12-24']))).toBe('2026-12-29');
  });

  it('names each holiday of a year with its legal and observed dates', () => {
    expect(federalHolidays(2026)).toEqual([
      { id: 'new_years_day', date: '2026-01-01', observed: '2026-01-01' },
      { id: 'mlk_day', date: '2026-01-19', observed: '2026-01-19' },
      { id: 'washingtons_birthday', date: '2026-02-16', observed: '2026-02-16' },
      { id: 'memorial_day', date: '2026-05-25', observed: '2026-05-25' },
      { id: 'juneteenth', date: '2026-06-19', observed: '2026-06-19' },
      { id: 'independence_day', date: '2026-07-04', observed: '2026-07-03' },
      { id: 'labor_day', date: '2026-09-07', observed: '2026-09-07' },
      { id: 'columbus_day', date: '2026-10-12', observed: '2026-10-12' },
      { id: 'veterans_day', date: '2026-11-11', observed: '2026-11-11' },
      { id: 'thanksgiving', date: '2026-11-26', observed: '2026-11-26' },
      { id: 'christmas', date: '2026-12-25', observed: '2026-12-25' },
    ]);
  });
});
