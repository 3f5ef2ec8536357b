import type { CaseFile } from '@core/domain/case-file';

/** Name particles too common to count as naming someone on their own. */
const PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'y', 'san', 'da', 'do', 'dos', 'van']);

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');
}

function words(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The words of the client's names and aliases that would identify them in a text. */
export function clientNameWords(file: Pick<CaseFile, 'identity'>): Set<string> {
  const { givenNames, familyName, aliases } = file.identity;
  const all = [givenNames, familyName, ...aliases].flatMap((name) => words(name ?? ''));
  return new Set(all.filter((word) => word.length >= 2 && !PARTICLES.has(word)));
}

/** Seven to nine digits in a row, allowing spaces or dashes between them (an A-number). */
const A_NUMBER_LIKE = /(?:\d[\s-]?){6,8}\d/;
/** Calendar dates and case references (`MCJ-2026-0042`) are digit runs that identify no one. */
const NOT_IDENTIFYING = /\b\d{4}-\d{2}-\d{2}\b|\b[A-Z]{2,6}-\d{4}-\d{3,6}\b/g;

/**
 * True when a text names the client (any word of a name or alias) or holds an A-number-like
 * number. Used before anything leaves the app (calendar exports) and on deadline titles.
 */
export function mentionsClient(text: string, file: Pick<CaseFile, 'identity'>): boolean {
  if (A_NUMBER_LIKE.test(text.replace(NOT_IDENTIFYING, ' '))) return true;
  const names = clientNameWords(file);
  return words(text).some((word) => names.has(word));
}
