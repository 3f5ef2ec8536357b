import { describe, expect, it } from 'vitest';
import { questionIndex } from './template-registry';
import { closedGate, isAsked, questionGates, type GateFacts } from './question-gates';

const facts = (over: Partial<GateFacts> = {}): GateFacts => ({
  answers: {},
  gender: null,
  dateOfBirth: null,
  today: '2026-11-27',
  ...over,
});

describe('question gates', () => {
  it('gates only questions that exist, on questions that exist', () => {
    for (const [id, gates] of Object.entries(questionGates)) {
      expect(questionIndex.has(id), id).toBe(true);
      for (const gate of gates)
        if ('question' in gate) expect(questionIndex.has(gate.question), gate.question).toBe(true);
    }
  });

  it('does not ask a client recorded as a man whether he is pregnant, and asks anyone else', () => {
    expect(isAsked('detained.pregnant', facts({ gender: 'male' }))).toBe(false);
    expect(closedGate('detained.pregnant', facts({ gender: 'male' }))?.kind).toBe('gender');
    expect(isAsked('detained.pregnant', facts({ gender: 'female' }))).toBe(true);
    expect(isAsked('detained.pregnant', facts({ gender: 'unknown' }))).toBe(true);
    expect(isAsked('detained.pregnant', facts({ gender: 'other' }))).toBe(true);
    expect(isAsked('detained.pregnant', facts())).toBe(true);
  });

  it('skips the under-21 question for a client aged 21 or more, by date of birth', () => {
    expect(isAsked('victim.parent_abuse', facts({ dateOfBirth: '2005-11-27' }))).toBe(false);
    expect(isAsked('victim.parent_abuse', facts({ dateOfBirth: '2005-11-28' }))).toBe(true);
    expect(isAsked('victim.parent_abuse', facts())).toBe(true);
  });

  it('follows earlier answers: a "no" closes the follow-up, "not known" keeps it', () => {
    const usc = (value: boolean | string) =>
      facts({ answers: { 'intake.parents_grandparents_usc': { value } } });
    expect(isAsked('intake.parent_naturalized_before_18', usc(false))).toBe(false);
    expect(isAsked('intake.parent_naturalized_before_18', usc(true))).toBe(true);
    expect(isAsked('intake.parent_naturalized_before_18', usc('unknown'))).toBe(true);
    const outcome = (value: string) => facts({ answers: { 'debrief.outcome': { value } } });
    expect(isAsked('debrief.vd_days', outcome('voluntary_departure'))).toBe(true);
    expect(isAsked('debrief.vd_warning', outcome('continued'))).toBe(false);
    expect(isAsked('debrief.vd_days', facts())).toBe(true);
  });

  it('asks about the one-year exception only when the arrival may be a year ago or more', () => {
    const arrival = (value: string) => facts({ answers: { 'fear.last_arrival': { value } } });
    expect(isAsked('fear.one_year_exception', arrival('2026-03-01'))).toBe(false);
    expect(isAsked('fear.one_year_exception', arrival('2025-11-27'))).toBe(true);
    expect(isAsked('fear.one_year_exception', arrival('2025-11'))).toBe(true);
    expect(isAsked('fear.one_year_exception', arrival('2026-02'))).toBe(false);
    expect(isAsked('fear.one_year_exception', arrival('2025'))).toBe(true);
  });

  it('asks every question without a gate', () => {
    expect(isAsked('intake.fear_of_return', facts({ gender: 'male' }))).toBe(true);
  });
});
