import { describe, expect, it } from 'vitest';
import { isKnownIssue, violation } from './violation';

describe('known issues of the simulation', () => {
  it('a restored laptop re-sending what it had typed further is fixed: no longer known (issue 21)', () => {
    const run = { laptopRestores: 1 };
    for (const v of [
      violation('I3', 'mutation settled 2 times', { mutation: 'm' }),
      violation('I1', 'saved revision differs on a laptop', {}),
      violation('I2', 'revision differs from the server', {}),
      violation('I4', 'a valid, authorised change was quarantined (mutation_mismatch)', {}),
    ])
      expect(isKnownIssue(v, run)).toBe(false);
  });

  it('an unassigned case left at rest after a resync is fixed: no longer known (issue 21)', () => {
    for (const problem of [
      "unassigned case's rows left in docs",
      "unassigned case's rows left in noteRevisions",
      "unassigned case's key left",
    ])
      expect(isKnownIssue(violation('I6', problem, {}), { laptopRestores: 0 })).toBe(false);
  });

  it('a value overwritten unseen is fixed: no longer known, with a restored laptop or without (issue 21)', () => {
    const overwritten =
      'value overwritten by someone who had not seen it, with no conflict record shown to a person';
    const v = violation('I5', overwritten, { path: 'court/judge' });
    expect(isKnownIssue(v, { laptopRestores: 0 })).toBe(false);
    expect(isKnownIssue(v, { laptopRestores: 1 })).toBe(false);
  });

  it('documents missing after a resync are fixed: no longer known (issue 22)', () => {
    const missing = violation('I2', 'file missing on the laptop', {});
    for (const run of [{ laptopRestores: 1 }, { laptopRestores: 0 }])
      expect(isKnownIssue(missing, run)).toBe(false);
  });

  it('a case still assigned dropped and repaired by the checksum is fixed: no longer known (issue 21)', () => {
    const undamaged = violation('C', 'checksum difference found in a case nothing damaged', {});
    for (const run of [{ laptopRestores: 0 }, { laptopRestores: 1 }])
      expect(isKnownIssue(undamaged, run)).toBe(false);
  });

  it('anything not listed still fails a run', () => {
    expect(
      isKnownIssue(violation('I1', 'saved revision missing on the server', {}), {
        laptopRestores: 1,
      }),
    ).toBe(false);
  });
});
