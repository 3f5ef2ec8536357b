import { describe, expect, it } from 'vitest';
import { resolveOptions } from './deadline-settings';
import { deadlineRule, deadlineRules } from './deadline-rules';
import { buildResult, closedReason, periodEnd, settleDueDate } from './result-builder';

// 2027-01-16 is a Saturday, 2027-01-18 Martin Luther King Day, 2026-12-25 a Friday (Christmas).
const options = (today: string, settings = {}) => resolveOptions({ today, settings });
const reconsider = deadlineRule('motion-to-reconsider'); // rolls forward under 8 CFR 1001.1(h)
const ar11 = deadlineRule('ar-11'); // no confirmed roll-over, not verified
const biaAppeal = deadlineRule('bia-appeal'); // litigation pending: a volatile rule

describe('closedReason', () => {
  it('names why a day is closed, in both languages', () => {
    expect(closedReason('2026-12-25')).toEqual({
      en: 'a federal holiday',
      es: 'un feriado federal',
    });
    expect(closedReason('2027-01-16')).toEqual({
      en: 'a weekend day',
      es: 'un día de fin de semana',
    });
    expect(closedReason('2026-12-02')).toEqual({
      en: 'a listed court closure',
      es: 'un día de cierre registrado',
    });
  });
});

describe('settleDueDate', () => {
  it('moves a rolling last day to the next business day, with the business day before as safe', () => {
    expect(settleDueDate(reconsider, '2027-01-16', options('2027-01-04'))).toEqual({
      dueDate: '2027-01-19',
      safeDate: '2027-01-15',
      caveats: [
        {
          id: 'deadline.rolledForward',
          severity: 'info',
          text: {
            en: 'The count ends on 2027-01-16, a weekend day. Under 8 CFR 1001.1(h) the last day moves to the next business day, 2027-01-19. Safe date: 2027-01-15, the business day before.',
            es: 'El conteo termina el 2027-01-16, un día de fin de semana. Según 8 CFR 1001.1(h) el último día pasa al siguiente día hábil, el 2027-01-19. Fecha segura: el 2027-01-15, el día hábil anterior.',
          },
        },
      ],
    });
  });

  it('keeps the business day before as the due date when no rule confirmed here moves it', () => {
    expect(settleDueDate(ar11, '2026-12-25', options('2026-12-01'))).toEqual({
      dueDate: '2026-12-24',
      safeDate: null,
      caveats: [
        {
          id: 'deadline.safeDayBefore',
          severity: 'warning',
          text: {
            en: 'The count ends on 2026-12-25, a federal holiday. No rule confirmed here moves this deadline, so the safe date shown is the business day before, 2026-12-24.',
            es: 'El conteo termina el 2026-12-25, un feriado federal. Ninguna regla confirmada aquí mueve este plazo, así que la fecha segura que se muestra es el día hábil anterior, 2026-12-24.',
          },
        },
      ],
    });
  });

  it('leaves a business day alone, and counts a listed closure only for the immigration court', () => {
    expect(settleDueDate(reconsider, '2026-12-02', options('2026-12-01'))).toEqual({
      dueDate: '2026-12-02',
      safeDate: null,
      caveats: [],
    });
    const closed = options('2026-12-01', { closedDays: ['2026-12-02'] });
    expect(settleDueDate(reconsider, '2026-12-02', closed)).toMatchObject({
      dueDate: '2026-12-03',
      safeDate: '2026-12-01',
    });
    expect(settleDueDate(ar11, '2026-12-02', closed).dueDate).toBe('2026-12-02');
  });
});

describe('periodEnd', () => {
  it('counts days and business days without a February 29 clamp, and years with one', () => {
    expect(periodEnd(reconsider, '2024-02-29', options('2024-03-01'))).toEqual({
      date: '2024-03-30',
      clamped: false,
    });
    expect(periodEnd(deadlineRule('vd-bond'), '2026-12-23', options('2026-12-23'))).toEqual({
      date: '2026-12-31',
      clamped: false,
    });
    expect(periodEnd(deadlineRule('asylum-one-year'), '2024-02-29', options('2024-03-01'))).toEqual(
      { date: '2025-02-28', clamped: true },
    );
  });

  it('refuses a rule whose period comes from elsewhere', () => {
    expect(() =>
      periodEnd(deadlineRule('pre-hearing-filing'), '2026-12-01', options('2026-12-01')),
    ).toThrow(new RangeError('rule pre-hearing-filing has no fixed period'));
  });
});

describe('buildResult (issue 25: mutation testing)', () => {
  it('adds nothing to a verified, settled rule with no date', () => {
    const result = buildResult(reconsider, options('2026-12-01'), {});
    expect(result.caveats).toEqual([]);
    expect(result).toMatchObject({ dueDate: null, daysLeft: null, safeDate: null, inputs: {} });
  });

  it('says how many days ago the last day passed', () => {
    const result = buildResult(reconsider, options('2026-12-04'), { dueDate: '2026-12-01' });
    expect(result.daysLeft).toBe(-3);
    expect(result.caveats).toEqual([
      {
        id: 'deadline.passed',
        severity: 'critical',
        text: { en: 'The last day passed 3 days ago.', es: 'El último día pasó hace 3 días.' },
      },
    ]);
  });

  it('warns once the safe date has passed, naming the rule that gives the later last day', () => {
    const parts = { dueDate: '2027-01-19', safeDate: '2027-01-15' };
    expect(buildResult(reconsider, options('2027-01-15'), parts).caveats).toEqual([]);
    expect(buildResult(reconsider, options('2027-01-16'), parts).caveats).toEqual([
      {
        id: 'deadline.safeDatePassed',
        severity: 'warning',
        text: {
          en: 'The safe date (2027-01-15) has passed, but the last day under 8 CFR 1001.1(h) is 2027-01-19: file by then, as early as possible.',
          es: 'La fecha segura (2027-01-15) ya pasó, pero el último día según 8 CFR 1001.1(h) es el 2027-01-19: presente antes de esa fecha, lo antes posible.',
        },
      },
    ]);
  });

  it('marks a rule not verified in the sources', () => {
    expect(buildResult(ar11, options('2026-12-01'), {}).caveats).toEqual([
      {
        id: 'rule.unverified',
        severity: 'warning',
        text: {
          en: 'This rule is not verified in our sources. Confirm it before relying on it.',
          es: 'Esta regla no está verificada en nuestras fuentes. Confírmela antes de confiar en ella.',
        },
      },
    ]);
  });

  it('gives the litigation status of a volatile rule, stale only after the days set', () => {
    if (!biaAppeal.volatility.volatile) throw new Error('bia-appeal is expected to be volatile');
    const banner = biaAppeal.volatility.banner;
    const settings = { statusCheckedOn: { 'bia-appeal': '2026-11-01' } };
    const status = (today: string) =>
      buildResult(biaAppeal, options(today, settings), {}).caveats.find(
        (c) => c.id === 'bia-appeal.litigationStatus',
      );
    expect(status('2026-12-01')).toEqual({
      id: 'bia-appeal.litigationStatus',
      severity: 'warning',
      text: {
        en: `${banner.en} Status confirmed on 2026-11-01.`,
        es: `${banner.es} Situación confirmada el 2026-11-01.`,
      },
    });
    expect(status('2026-12-02')).toEqual({
      id: 'bia-appeal.litigationStatus',
      severity: 'critical',
      text: {
        en: `${banner.en} Status last confirmed on 2026-11-01, 31 days ago.`,
        es: `${banner.es} Situación confirmada por última vez el 2026-11-01, hace 31 días.`,
      },
    });
    expect(buildResult(biaAppeal, options('2026-12-01', settings), {}).inputs).toEqual({
      statusAsOf: '2026-11-01',
    });
  });

  it('only rolling rules give a safe date, and each of them names its authority', () => {
    for (const rule of deadlineRules.filter((r) => r.rollsToBusinessDay)) {
      expect(rule.rollAuthority, rule.id).toMatch(/\S/);
    }
  });
});
