import { describe, expect, it } from 'vitest';
import { IntakeSchema } from '../domain/intake';
import { syntheticIntake } from '../domain/intake.fixture';
import { syntheticUuid } from '../domain/case-file.fixture';
import type { IntakeEvent } from './intake-transitions';
import { applyIntakeEvent, isEditable } from './intake-transitions';

const staff = syntheticUuid(900);
const at = '2026-12-02T10:00:00.000Z';
const submitted = () => syntheticIntake({ state: 'submitted', submittedAt: at });
const events: Record<IntakeEvent['type'], IntakeEvent> = {
  submit: { type: 'submit', at },
  accept: {
    type: 'accept',
    at,
    by: staff,
    caseId: syntheticUuid(1),
    caseReference: 'MCJ-2026-0101',
  },
  merge: { type: 'merge', at, by: staff, caseId: syntheticUuid(2), caseReference: 'MCJ-2026-0042' },
  decline: { type: 'decline', at, by: staff, reason: 'Outside our service area (Louisiana).' },
  dismiss: { type: 'dismiss', at },
};

function valid(result: ReturnType<typeof applyIntakeEvent>) {
  if (!result.ok) throw new Error(result.error);
  expect(IntakeSchema.safeParse(result.intake).error?.issues ?? []).toEqual([]);
  return result.intake;
}

describe('intake state changes', () => {
  it('submits a draft, recording when', () => {
    const intake = valid(applyIntakeEvent(syntheticIntake(), events.submit));
    expect(intake).toMatchObject({ state: 'submitted', submittedAt: at });
    expect(isEditable(intake)).toBe(true);
  });

  it('accepts a submitted intake into the new case, by whom and when', () => {
    const intake = valid(applyIntakeEvent(submitted(), events.accept));
    expect(intake).toMatchObject({
      state: 'accepted',
      decision: { by: staff, at, caseId: syntheticUuid(1), caseReference: 'MCJ-2026-0101' },
    });
    expect(isEditable(intake)).toBe(false);
  });

  it('merges a submitted intake into an existing case', () => {
    const intake = valid(applyIntakeEvent(submitted(), events.merge));
    expect(intake).toMatchObject({ state: 'merged', decision: { caseReference: 'MCJ-2026-0042' } });
  });

  it('declines only with a reason, which is kept', () => {
    expect(
      applyIntakeEvent(submitted(), { ...events.decline, reason: '  ' } as IntakeEvent),
    ).toEqual({ ok: false, error: 'intake.transition.reasonRequired' });
    const intake = valid(applyIntakeEvent(submitted(), events.decline));
    expect(intake.decision?.reason).toBe('Outside our service area (Louisiana).');
  });

  it('lets the starter dismiss a decision once, and only a decision', () => {
    const declined = valid(applyIntakeEvent(submitted(), events.decline));
    const dismissed = valid(applyIntakeEvent(declined, events.dismiss));
    expect(dismissed.dismissedAt).toBe(at);
    expect(applyIntakeEvent(dismissed, events.dismiss)).toEqual({
      ok: false,
      error: 'intake.transition.dismissed',
    });
    expect(applyIntakeEvent(submitted(), events.dismiss)).toEqual({
      ok: false,
      error: 'intake.transition.notDecided',
    });
  });

  it.each([
    ['submit', 'submitted', 'intake.transition.notDraft'],
    ['accept', 'draft', 'intake.transition.notSubmitted'],
    ['merge', 'draft', 'intake.transition.notSubmitted'],
    ['decline', 'draft', 'intake.transition.notSubmitted'],
  ] as const)('refuses %s from %s, saying why', (event, from, error) => {
    const intake = from === 'draft' ? syntheticIntake() : submitted();
    expect(applyIntakeEvent(intake, events[event])).toEqual({ ok: false, error });
  });

  it('never decides twice: a decided intake refuses every other decision', () => {
    for (const first of ['accept', 'merge', 'decline'] as const) {
      const decided = valid(applyIntakeEvent(submitted(), events[first]));
      for (const second of ['submit', 'accept', 'merge', 'decline'] as const)
        expect(applyIntakeEvent(decided, events[second]).ok, `${first} then ${second}`).toBe(false);
    }
  });

  it('has a schema that refuses a state without its companions', () => {
    const issues = (value: unknown) =>
      IntakeSchema.safeParse(value).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];
    expect(issues(syntheticIntake({ state: 'submitted' }))).toEqual([
      ['submittedAt', 'validation.intake.state'],
    ]);
    expect(issues({ ...submitted(), state: 'accepted' })).toEqual([
      ['decision', 'validation.intake.state'],
    ]);
    expect(issues(syntheticIntake({ dismissedAt: at }))).toEqual([
      ['dismissedAt', 'validation.intake.state'],
    ]);
    expect(issues(syntheticIntake())).toEqual([]);
  });
});
