/** Test helpers: what a deadline result tells the attorney, checked against a table of expectations. */
import type { Caveat, CaveatSeverity, DeadlineResult } from './deadline-types';

/** A caveat's expected severity and the legal content each language must carry. */
export interface CaveatExpectation {
  readonly severity: CaveatSeverity;
  readonly en: readonly string[];
  readonly es: readonly string[];
}

/** The caveat ids of a result, sorted (results order caveats by severity only). */
export function caveatIds(result: Pick<DeadlineResult, 'caveats'> | null): string[] {
  return (result?.caveats ?? []).map((c) => c.id).sort();
}

/**
 * Where the caveats of `results` and `expected` disagree, as readable lines (none when they
 * agree): an id given that the table does not list (ids starting with one of `ignore` aside, the
 * result builder's own), an id listed but never given, a severity, a phrase missing in a language,
 * or a text too short or not translated.
 */
export function caveatMismatches(
  results: readonly (Pick<DeadlineResult, 'caveats'> | null)[],
  expected: Readonly<Record<string, CaveatExpectation>>,
  ignore: readonly string[] = ['deadline.', 'rule.'],
): string[] {
  const seen = new Map<string, Caveat>();
  for (const result of results) for (const c of result?.caveats ?? []) seen.set(c.id, c);
  const problems: string[] = [];
  for (const [id, c] of seen) {
    const want = expected[id];
    if (!want) {
      if (!ignore.some((prefix) => id.startsWith(prefix))) problems.push(`${id}: not expected`);
      continue;
    }
    if (c.severity !== want.severity) problems.push(`${id}: severity ${c.severity}`);
    if (c.text.en.length <= 20 || c.text.es.length <= 20) problems.push(`${id}: text too short`);
    if (c.text.en === c.text.es) problems.push(`${id}: not translated`);
    for (const phrase of want.en)
      if (!c.text.en.includes(phrase)) problems.push(`${id}: en ${phrase}`);
    for (const phrase of want.es)
      if (!c.text.es.includes(phrase)) problems.push(`${id}: es ${phrase}`);
  }
  for (const id of Object.keys(expected)) if (!seen.has(id)) problems.push(`${id}: never given`);
  return problems;
}
