import { describe, expect, it } from 'vitest';
import { asylumAnd42bCase, uuid } from '../defenses/screening-cases.fixture';
import { clientNameWords, mentionsClient } from './client-identifiers';
import { checkManualDeadline, toManualDeadline } from './manual-deadlines';

const file = asylumAnd42bCase();
const input = { title: 'Brief due per IJ order', date: '2026-07-01', kind: 'filing', notes: ' ' };

describe('client identifiers', () => {
  it('collects name and alias words, skipping particles', () => {
    const words = clientNameWords({
      identity: { ...file.identity, familyName: 'de la Prueba', aliases: ['Canary Testperson'] },
    });
    expect([...words].sort()).toEqual(['ana', 'canary', 'prueba', 'testperson']);
  });

  it('finds a name whatever the case or accents, as a whole word only', () => {
    expect(mentionsClient('Call ANA about the letter', file)).toBe(true);
    expect(mentionsClient('Carta de Prüeba', file)).toBe(true);
    expect(mentionsClient('Banana bread for the volunteers', file)).toBe(false);
  });

  it('finds A-number-like digit runs', () => {
    expect(mentionsClient('Biometrics for A012-345-678', file)).toBe(true);
    expect(mentionsClient('Biometrics for 12345678', file)).toBe(true);
    expect(mentionsClient('File I-589 by 2027', file)).toBe(false);
  });
});

describe('checkManualDeadline', () => {
  it('accepts a title that does not name the client and stores blank notes as null', () => {
    const deadline = toManualDeadline(uuid(1), file.id, { ...input, kind: 'filing' });
    expect(deadline.notes).toBeNull();
    expect(checkManualDeadline(deadline, file)).toEqual({});
  });

  it('refuses a title with the client’s name and reports schema problems as keys', () => {
    const named = toManualDeadline(uuid(1), file.id, {
      ...input,
      kind: 'filing',
      title: 'Ana Prueba brief',
    });
    expect(checkManualDeadline(named, file)).toEqual({ title: 'agenda:form.titleNamesClient' });
    const empty = toManualDeadline(uuid(1), file.id, {
      ...input,
      kind: 'filing',
      title: '  ',
      date: '2026-02-30',
    });
    const problems = checkManualDeadline(empty, file);
    expect(problems.title).toBe('validation.required');
    expect(problems.date).toMatch(/^validation\./);
  });
});

describe('what is not an identifier', () => {
  it('lets dates and case references through', () => {
    expect(mentionsClient('Due 2026-06-20 · MCJ-2026-0042', file)).toBe(false);
    expect(mentionsClient('MCJ-2026-004212', file)).toBe(false);
  });
});
