/**
 * One rule everywhere for a duplicate A-number: a warning naming the other case (or intake) by
 * reference, never a block. Two records can rightly share one (a client's earlier case, a
 * typing mistake to fix later); staff confirm in the console, the laptop shows it by the field.
 */
import { normaliseANumber } from '../domain/a-number';

export interface ANumberHolder {
  readonly id: string;
  readonly reference: string;
  readonly aNumber: string | null | undefined;
}

export interface DuplicateANumber {
  /** References of the other records with the same A-number, sorted. */
  readonly references: string[];
}

export function duplicateANumber(
  aNumber: string | null | undefined,
  holders: readonly ANumberHolder[],
  selfIds: readonly string[] = [],
): DuplicateANumber | null {
  const wanted = aNumber ? normaliseANumber(aNumber) : null;
  if (!wanted) return null;
  const references = holders
    .filter((h) => !selfIds.includes(h.id) && h.aNumber && normaliseANumber(h.aNumber) === wanted)
    .map((h) => h.reference);
  return references.length > 0 ? { references: [...new Set(references)].sort() } : null;
}
