import { describe, expect, it } from 'vitest';
import { emptyCaseFile } from '../domain/case-file';
import type { CaseFile } from '../domain/case-file';
import { CaseOutcomeSchema, closingOf, deriveOutcome } from './case-outcome';

const file = (patch: Partial<Pick<CaseFile, 'custody' | 'eoirStatus'>>) => ({
  ...emptyCaseFile({
    id: '7a1d8a52-1c1e-4d7a-9a35-0c6f1e2b3a10',
    reference: 'MCJ-2026-0101',
    familyName: 'Prueba',
    givenNames: 'Ana',
  }),
  ...patch,
});
const eoir = (status: CaseFile['eoirStatus']['status']) =>
  file({ eoirStatus: { status, decisionWasOral: null } });

describe('deriveOutcome', () => {
  it('reads the EOIR decision first', () => {
    expect(deriveOutcome(eoir('removal_order'))?.outcome).toEqual({ kind: 'removal_ordered' });
    expect(deriveOutcome(eoir('removal_order_in_absentia'))?.outcome.kind).toBe('removal_ordered');
    expect(deriveOutcome(eoir('voluntary_departure'))?.outcome.kind).toBe('voluntary_departure');
    expect(deriveOutcome(eoir('terminated'))?.outcome.kind).toBe('terminated_dismissed');
    expect(deriveOutcome(eoir('dismissed'))?.outcome.kind).toBe('terminated_dismissed');
    expect(deriveOutcome(eoir('relief_granted'))).toEqual({
      outcome: { kind: 'relief_granted', relief: 'other' },
      from: 'eoirStatus',
    });
  });

  it('prefers the decision to a release: a client released on bond and then granted relief', () => {
    const both = {
      ...eoir('relief_granted'),
      custody: { status: 'released_bond' as const, ijBondAmount: 3000 },
    };
    expect(deriveOutcome(both)?.outcome.kind).toBe('relief_granted');
  });

  it('reads a release from custody, with the bond the judge set (else ICE’s)', () => {
    expect(
      deriveOutcome(
        file({ custody: { status: 'released_bond', ijBondAmount: 3000, iceBondAmount: 9000 } }),
      ),
    ).toEqual({
      outcome: { kind: 'released', release: 'bond', bondAmount: 3000 },
      from: 'custody',
    });
    expect(
      deriveOutcome(file({ custody: { status: 'released_bond', iceBondAmount: 9000 } }))?.outcome,
    ).toMatchObject({ bondAmount: 9000 });
    expect(deriveOutcome(file({ custody: { status: 'released_parole' } }))?.outcome).toMatchObject({
      kind: 'released',
      release: 'parole',
    });
    expect(deriveOutcome(file({ custody: { status: 'released_atd' } }))?.outcome).toMatchObject({
      release: 'other',
    });
  });

  it('proposes nothing while the case is pending and the client detained or never detained', () => {
    expect(deriveOutcome(file({ custody: { status: 'detained' } }))).toBeNull();
    expect(deriveOutcome(eoir('continued'))).toBeNull();
    expect(deriveOutcome(eoir('on_appeal'))).toBeNull();
    expect(deriveOutcome(file({ custody: { status: 'never_detained' } }))).toBeNull();
  });
});

describe('CaseOutcomeSchema', () => {
  it('needs a bond amount for a release on bond, and none for parole', () => {
    expect(
      CaseOutcomeSchema.safeParse({ kind: 'released', release: 'bond', bondAmount: 3000 }).success,
    ).toBe(true);
    const missing = CaseOutcomeSchema.safeParse({ kind: 'released', release: 'bond' });
    expect(missing.error?.issues[0]).toMatchObject({
      path: ['bondAmount'],
      message: 'validation.required',
    });
    expect(
      CaseOutcomeSchema.safeParse({ kind: 'released', release: 'parole', bondAmount: 5 }).success,
    ).toBe(false);
  });

  it('refuses unknown kinds, unknown relief and extra fields with i18n keys', () => {
    const unknown = CaseOutcomeSchema.safeParse({ kind: 'escaped' });
    expect(unknown.success).toBe(false);
    expect(unknown.error?.issues.every((i) => i.message.startsWith('validation.'))).toBe(true);
    expect(CaseOutcomeSchema.safeParse({ kind: 'relief_granted', relief: 'lottery' }).success).toBe(
      false,
    );
    expect(CaseOutcomeSchema.safeParse({ kind: 'withdrawn', extra: 1 }).success).toBe(false);
    expect(
      CaseOutcomeSchema.safeParse({ kind: 'released', release: 'bond', bondAmount: -3 }).success,
    ).toBe(false);
  });
});

describe('closingOf', () => {
  const closing = {
    id: '7a1d8a52-1c1e-4d7a-9a35-0c6f1e2b3a11',
    outcome: { kind: 'released', release: 'bond', bondAmount: 3000, note: null },
    closedAt: '2026-12-07T15:00:00.000Z',
    closedBy: '7a1d8a52-1c1e-4d7a-9a35-0c6f1e2b3a12',
  };
  const withExtra = (extra: Record<string, unknown>) => ({ ...file({}), extra });

  it('reads the closing the server wrote into the case file', () => {
    expect(closingOf(withExtra({ closing }))).toEqual(closing);
  });

  it('is null for an open case, a reopened one, and anything that is not a closing', () => {
    expect(closingOf(withExtra({}))).toBeNull();
    expect(closingOf(withExtra({ closing: null }))).toBeNull();
    expect(closingOf(withExtra({ closing: { ...closing, outcome: { kind: 'won' } } }))).toBeNull();
    expect(
      closingOf(
        withExtra({ closing: { ...closing, outcome: { kind: 'released', release: 'bond' } } }),
      ),
    ).toBeNull();
  });
});
