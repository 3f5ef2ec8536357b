import type { Conflict } from './admin-schemas';

/**
 * Waiting for a person: an open conflict, or a value a later change replaced (`overwritten`,
 * auto-resolved by server order) that nobody has acknowledged or restored yet. Both authors, and
 * supervisors, see these until someone acts.
 */
export function awaitsReview(conflict: Pick<Conflict, 'status' | 'kind' | 'resolvedAt'>): boolean {
  return (
    conflict.status === 'open' ||
    (conflict.kind === 'overwritten' &&
      conflict.status === 'auto_resolved' &&
      conflict.resolvedAt === null)
  );
}
