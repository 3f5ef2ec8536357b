import { describe, expect, it } from 'vitest';
import { syntheticIntake, SYNTHETIC_STARTER_ID } from '../domain/intake.fixture';
import { syntheticUuid } from '../domain/case-file.fixture';
import { applyIntakeEvent } from './intake-transitions';
import { checkIntakeWrite, type IntakeWriter } from './intake-writes';

const starter: IntakeWriter = { userId: SYNTHETIC_STARTER_ID, role: 'attorney' };
const otherAttorney: IntakeWriter = { userId: syntheticUuid(77), role: 'attorney' };
const supervisor: IntakeWriter = { userId: syntheticUuid(78), role: 'supervisor' };
const at = '2026-12-02T10:00:00.000Z';

function decided() {
  const submitted = syntheticIntake({ state: 'submitted', submittedAt: at });
  const result = applyIntakeEvent(submitted, {
    type: 'decline',
    at,
    by: supervisor.userId,
    reason: 'Out of area',
  });
  if (!result.ok) throw new Error(result.error);
  return result.intake;
}

describe('what a laptop may do to an intake', () => {
  it('creates its own laptop intake as a draft or submitted, never decided or for someone else', () => {
    expect(checkIntakeWrite(null, syntheticIntake(), starter)).toBeNull();
    expect(
      checkIntakeWrite(null, syntheticIntake({ state: 'submitted', submittedAt: at }), starter),
    ).toBeNull();
    expect(checkIntakeWrite(null, syntheticIntake(), otherAttorney)).toBe('forbidden_role');
    expect(checkIntakeWrite(null, syntheticIntake({ source: 'console' }), starter)).toBe(
      'forbidden_role',
    );
    expect(checkIntakeWrite(null, decided(), starter)).toBe('forbidden_role');
    expect(checkIntakeWrite(null, syntheticIntake(), { ...starter, role: 'admin' })).toBe(
      'forbidden_role',
    );
  });

  it('edits and submits until staff decide', () => {
    const draft = syntheticIntake();
    const edited = { ...draft, notes: 'Second visit: has a sister in Jackson.' };
    expect(checkIntakeWrite(draft, edited, starter)).toBeNull();
    expect(
      checkIntakeWrite(draft, { ...edited, state: 'submitted', submittedAt: at }, starter),
    ).toBeNull();
    expect(checkIntakeWrite(draft, edited, supervisor)).toBeNull();
    expect(checkIntakeWrite(draft, edited, otherAttorney)).toBe('forbidden_role');
  });

  it('never decides, re-owns or un-submits from a laptop', () => {
    const submitted = syntheticIntake({ state: 'submitted', submittedAt: at });
    expect(checkIntakeWrite(submitted, { ...submitted, state: 'draft' }, starter)).toBe(
      'forbidden_role',
    );
    expect(checkIntakeWrite(submitted, decided(), starter)).toBe('forbidden_role');
    expect(
      checkIntakeWrite(submitted, { ...submitted, startedBy: otherAttorney.userId }, starter),
    ).toBe('forbidden_role');
    expect(checkIntakeWrite(submitted, { ...submitted, source: 'console' }, supervisor)).toBe(
      'forbidden_role',
    );
  });

  it('after the decision, allows only its starter dismissing it; anything else is "already decided"', () => {
    const intake = decided();
    expect(checkIntakeWrite(intake, { ...intake, dismissedAt: at }, starter)).toBeNull();
    expect(checkIntakeWrite(intake, { ...intake, dismissedAt: at }, supervisor)).toBe(
      'intake_decided',
    );
    expect(checkIntakeWrite(intake, { ...intake, notes: 'late edit' }, starter)).toBe(
      'intake_decided',
    );
    expect(
      checkIntakeWrite(intake, { ...intake, notes: 'late edit', dismissedAt: at }, starter),
    ).toBe('intake_decided');
    expect(checkIntakeWrite(intake, intake, starter)).toBeNull();
  });
});
