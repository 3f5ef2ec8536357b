import { describe, expect, it } from 'vitest';
import { syntheticCaseFile } from '@core/domain/case-file.fixture';
import { MAX_REMINDERS, ReminderSchema } from '@core/ipc';
import { addDays, chicagoInstant, minusMinutes } from './chicago-time';
import { dueReminders, planReminders, type ReminderCase } from './reminder-plan';
import { reminderCases } from './reminder-sources';

const caseId = '00000000-0000-4000-8000-000000000042';
const oneCase = (over: Partial<ReminderCase> = {}): ReminderCase => ({
  caseId,
  caseReference: 'MCJ-2026-0042',
  hearings: [{ id: 'h1', date: '2026-12-03', time: '09:00' }],
  deadlines: [],
  ...over,
});

describe('Chicago time', () => {
  it('turns Central wall-clock times into instants in winter and summer', () => {
    expect(chicagoInstant('2026-12-02', '08:00').toISOString()).toBe('2026-12-02T14:00:00.000Z');
    expect(chicagoInstant('2026-07-02', '08:00').toISOString()).toBe('2026-07-02T13:00:00.000Z');
    // 8 March 2026: clocks go forward at 2:00; 8:00 is already daylight time.
    expect(chicagoInstant('2026-03-08', '08:00').toISOString()).toBe('2026-03-08T13:00:00.000Z');
    expect(chicagoInstant('2026-11-01', '08:00').toISOString()).toBe('2026-11-01T14:00:00.000Z');
  });

  it('adds days across months and subtracts minutes down to midnight', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(minusMinutes('08:30', 60)).toBe('07:30');
    expect(minusMinutes('00:20', 60)).toBe('00:00');
  });
});

describe('reminder plan', () => {
  const now = new Date('2026-12-01T15:00:00.000Z');

  it('reminds the day before and the morning of, at 8:00 Central', () => {
    const plan = planReminders([oneCase()], now);
    expect(plan.map((r) => [r.when, r.fireAt, r.expiresAt])).toEqual([
      ['day-before', '2026-12-02T14:00:00.000Z', '2026-12-03T06:00:00.000Z'],
      ['same-day', '2026-12-03T14:00:00.000Z', '2026-12-03T15:00:00.000Z'],
    ]);
  });

  it('reminds an hour before an early hearing on the day', () => {
    const plan = planReminders(
      [oneCase({ hearings: [{ id: 'h', date: '2026-12-03', time: '07:30' }] })],
      now,
    );
    expect(plan[1]).toMatchObject({ when: 'same-day', fireAt: '2026-12-03T12:30:00.000Z' });
  });

  it('keeps hearings without a time until the end of the day', () => {
    const plan = planReminders(
      [oneCase({ hearings: [{ id: 'h', date: '2026-12-03', time: null }] })],
      now,
    );
    expect(plan[1]).toMatchObject({ time: null, expiresAt: '2026-12-04T06:00:00.000Z' });
  });

  it('drops past and stale reminders but keeps a due one', () => {
    const late = new Date('2026-12-02T20:00:00.000Z');
    const plan = planReminders(
      [
        oneCase({
          hearings: [
            { id: 'a', date: '2026-12-03', time: '09:00' },
            { id: 'b', date: '2026-11-30' },
          ],
        }),
      ],
      late,
    );
    expect(plan.map((r) => r.when)).toEqual(['day-before', 'same-day']);
    expect(dueReminders(plan, late).map((r) => r.when)).toEqual(['day-before']);
  });

  it('covers deadlines, soonest first, and stays within the horizon and the contract limit', () => {
    const deadlines = [
      { key: 'bia-appeal:case', type: 'bia-appeal' as const, date: '2026-12-10' },
      { key: 'manual:m1', type: 'manual' as const, date: '2026-12-05' },
      { key: 'manual:far', type: 'manual' as const, date: '2027-06-01' },
    ];
    const plan = planReminders([oneCase({ hearings: [], deadlines })], now);
    expect(plan.map((r) => `${r.deadlineType}:${r.when}`)).toEqual([
      'manual:day-before',
      'manual:same-day',
      'bia-appeal:day-before',
      'bia-appeal:same-day',
    ]);
    const many = Array.from({ length: 400 }, (_v, i) => ({
      id: `h${i}`,
      date: '2026-12-20',
      time: null,
    }));
    expect(planReminders([oneCase({ hearings: many })], now)).toHaveLength(MAX_REMINDERS);
  });

  it('produces ids that change when a hearing moves, so a moved hearing is reminded again', () => {
    const before = planReminders([oneCase()], now)[0]!.id;
    const moved = planReminders(
      [oneCase({ hearings: [{ id: 'h1', date: '2026-12-03', time: '10:00' }] })],
      now,
    )[0]!.id;
    expect(moved).not.toBe(before);
  });

  it('builds reminders main accepts, from real case files, that never carry a name or A-number', () => {
    const file = syntheticCaseFile();
    const manual = [
      { id: 'x1', caseId: file.id, date: '2026-12-14', title: 'Call Ana Prueba about A012345678' },
    ];
    const plan = planReminders(reminderCases([file], manual, '2026-12-01'), now);
    expect(plan.length).toBeGreaterThan(3);
    for (const reminder of plan) expect(ReminderSchema.safeParse(reminder).success).toBe(true);
    const text = JSON.stringify(plan);
    for (const secret of ['Ana', 'Prueba', '012345678', 'Call']) expect(text).not.toContain(secret);
    expect(plan.every((r) => r.caseReference === 'MCJ-2026-0042')).toBe(true);
  });

  it('reminds of a last day rolled past a long weekend by its safe date, then on the last day', () => {
    // Ordered 2026-12-17: 30 days end Saturday 2027-01-16; Monday is Martin Luther King Day, so
    // the motion to reconsider's last day is Tuesday 01-19 and its safe date Friday 01-15.
    const file = syntheticCaseFile();
    file.hearings = [];
    file.eoirStatus = {
      status: 'removal_order',
      decisionDate: '2026-12-17',
      decisionWasOral: true,
    };
    const at = new Date('2027-01-08T15:00:00.000Z');
    const plan = planReminders(reminderCases([file], [], '2027-01-08'), at).filter(
      (r) => r.deadlineType === 'motion-to-reconsider',
    );
    expect(plan.map((r) => [r.when, r.dateKind, r.date, r.fireAt])).toEqual([
      ['day-before', 'safe_date', '2027-01-15', '2027-01-14T14:00:00.000Z'],
      ['same-day', 'safe_date', '2027-01-15', '2027-01-15T14:00:00.000Z'],
      ['same-day', 'last_day', '2027-01-19', '2027-01-19T14:00:00.000Z'],
    ]);
    for (const reminder of plan) expect(ReminderSchema.parse(reminder)).toEqual(reminder);
  });
});
