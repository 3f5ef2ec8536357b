/**
 * The version mark an approval covers: a SHA-256 over a canonical JSON (keys sorted, no
 * whitespace) of what was generated and what it was generated from, so two machines given the
 * same work compute the same mark, and any change to it gives another.
 */
import type { DraftDocument, DraftKind } from '../drafts/draft-types';
import { sha256Hex } from './sha256';

type Canonical = null | boolean | number | string | Canonical[] | { [key: string]: Canonical };

export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonical(value));
}

function canonical(value: unknown): Canonical {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'object') {
    const out: { [key: string]: Canonical } = {};
    for (const key of Object.keys(value).sort()) {
      const item = (value as Record<string, unknown>)[key];
      if (item !== undefined) out[key] = canonical(item);
    }
    return out;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  return value as boolean | number | string;
}

/** Choices that shape a draft besides the case's facts (options and what protected facts it includes). */
export interface DraftHashInputs {
  readonly options: object;
  readonly include: readonly string[];
}

/**
 * A draft's mark: its generated blocks (the review mark left out: approving must not change
 * what was approved) and the choices it was made with.
 */
export function draftContentHash(
  kind: DraftKind,
  document: DraftDocument,
  inputs: DraftHashInputs,
): string {
  const { reviewMark: _mark, ...content } = document;
  return sha256Hex(
    canonicalJson({
      v: 1,
      kind,
      content,
      options: inputs.options,
      include: [...inputs.include].sort(),
    }),
  );
}

/** An interview memo's mark: its answers and each section note's current text. */
export function memoContentHash(memo: {
  readonly interviewId: string;
  readonly answers: Readonly<Record<string, unknown>>;
  readonly notes: Readonly<Record<string, string>>;
}): string {
  return sha256Hex(canonicalJson({ v: 1, memo }));
}
