import { describe, expect, it } from 'vitest';
import { isKnownIssue, violation } from './violation';

describe('known issues of the simulation', () => {
  it('a restored laptop re-sending a revision is known only in runs where a laptop was restored', () => {
    const settledTwice = violation('I3', 'mutation settled 2 times', { mutation: 'm' });
    expect(isKnownIssue(settledTwice, { laptopRestores: 1 })).toBe(true);
    expect(isKnownIssue(settledTwice, { laptopRestores: 0 })).toBe(false);
  });

  it('anything not listed still fails a run', () => {
    expect(
      isKnownIssue(violation('I1', 'saved revision missing on the server', {}), {
        laptopRestores: 1,
      }),
    ).toBe(false);
  });
});
