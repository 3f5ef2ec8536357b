import { describe, expect, it } from 'vitest';
import { awaitsReview } from './conflict-review';

describe('awaitsReview', () => {
  const at = '2026-12-01T10:00:00Z';

  it('holds open conflicts, whatever their kind', () => {
    expect(awaitsReview({ status: 'open', kind: 'legal_field', resolvedAt: null })).toBe(true);
    expect(awaitsReview({ status: 'open', kind: 'overwritten', resolvedAt: null })).toBe(true);
  });

  it('holds an overwritten value replaced by server order until someone acts on it', () => {
    expect(awaitsReview({ status: 'auto_resolved', kind: 'overwritten', resolvedAt: null })).toBe(
      true,
    );
    expect(awaitsReview({ status: 'auto_resolved', kind: 'overwritten', resolvedAt: at })).toBe(
      false,
    );
  });

  it('lets go of resolved conflicts and of other kinds resolved by the server', () => {
    expect(awaitsReview({ status: 'resolved', kind: 'overwritten', resolvedAt: null })).toBe(false);
    expect(awaitsReview({ status: 'resolved', kind: 'legal_field', resolvedAt: at })).toBe(false);
    expect(awaitsReview({ status: 'auto_resolved', kind: 'legal_field', resolvedAt: null })).toBe(
      false,
    );
  });
});
