import { describe, expect, it } from 'vitest';
import type { Reminder } from '@core/ipc/reminder-schemas';
import { reminderText } from './reminder-text';

const base: Reminder = {
  id: 'r1',
  caseId: '0b6f3c1e-7a3d-4b8e-9f2a-1c2d3e4f5a6b',
  caseReference: 'MCJ-2026-0042',
  kind: 'hearing',
  deadlineType: null,
  when: 'day-before',
  date: '2026-12-03',
  time: '14:30',
  fireAt: '2026-12-02T14:00:00.000Z',
  expiresAt: '2026-12-03T06:00:00.000Z',
};

describe('reminder text', () => {
  it('names the case by reference only, in English and Spanish', () => {
    expect(reminderText(base, 'en')).toEqual({
      title: 'Amparo reminder',
      body: 'Hearing tomorrow 2:30 PM — case MCJ-2026-0042',
    });
    expect(reminderText({ ...base, when: 'same-day', time: null }, 'es')).toEqual({
      title: 'Recordatorio de Amparo',
      body: 'Audiencia hoy — caso MCJ-2026-0042',
    });
  });

  it('names computed deadlines by their rule and asks the attorney to confirm', () => {
    const bia = {
      ...base,
      kind: 'deadline' as const,
      deadlineType: 'bia-appeal' as const,
      time: null,
    };
    expect(reminderText(bia, 'en').body).toBe(
      'Due tomorrow: Appeal to the BIA (EOIR-26) — case MCJ-2026-0042\nAttorney to confirm the date.',
    );
    expect(reminderText({ ...bia, when: 'same-day' }, 'es').body).toContain(
      'Vence hoy: Apelación ante la BIA (EOIR-26) — caso MCJ-2026-0042',
    );
  });

  it('says a safe date is a safe date, and that the last day comes later', () => {
    const safe = {
      ...base,
      kind: 'deadline' as const,
      deadlineType: 'motion-to-reconsider' as const,
      dateKind: 'safe_date' as const,
      time: null,
    };
    expect(reminderText(safe, 'en').body).toBe(
      'Safe date tomorrow: Motion to reconsider before the immigration judge — case MCJ-2026-0042. The last day is later (after a weekend or holiday).\nAttorney to confirm the date.',
    );
    expect(reminderText({ ...safe, when: 'same-day' }, 'es').body).toContain(
      'Hoy es la fecha segura: Moción de reconsideración ante el juez de inmigración — caso MCJ-2026-0042.',
    );
    expect(reminderText({ ...safe, dateKind: 'last_day' }, 'en').body).toContain('Due tomorrow');
  });

  it('never shows a manual deadline title (it is free text that may name the client)', () => {
    const manual = {
      ...base,
      kind: 'deadline' as const,
      deadlineType: 'manual' as const,
      time: null,
    };
    expect(reminderText(manual, 'en').body).toBe('Due tomorrow: deadline — case MCJ-2026-0042');
  });
});
