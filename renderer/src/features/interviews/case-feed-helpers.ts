import { CaseFileSchema } from '@core/domain/case-file';
import { isJsonObject, type JsonObject } from '@core/sync/json-value';
import { readAt } from '../forms/doc-paths';
import type { ManualFeed } from './case-feed-types';
import type { Converted } from './feed-converters';

const sectionOfRoot: Readonly<Record<string, string>> = {
  identity: 'identity',
  immigrationStatus: 'identity',
  court: 'court',
  hearings: 'court',
  eoirStatus: 'court',
  custody: 'custody',
  releasePlan: 'custody',
  medical: 'custody',
  nta: 'nta',
  entries: 'travel',
  departures: 'travel',
  family: 'family',
  criminalEvents: 'criminal',
  priorOrders: 'filings',
  priorFilings: 'filings',
  flags: 'flags',
};

export function caseSectionOf(target: string): string {
  return sectionOfRoot[target.split(/[.[]/)[0] ?? ''] ?? 'identity';
}

/** The first problem the case-file schema finds at or under `path`, or null. */
export function problemAt(doc: JsonObject, path: readonly string[]): string | null {
  const parsed = CaseFileSchema.safeParse(doc);
  if (parsed.success) return null;
  const issue = parsed.error.issues.find((i) => path.every((key, n) => String(i.path[n]) === key));
  return issue ? issue.message || 'validation.invalid' : null;
}

export function manualFeed(
  key: string,
  questionIds: readonly string[],
  target: string,
  converted: Converted,
): ManualFeed | null {
  if (converted.ok || converted.reason === 'skip') return null;
  const base = {
    kind: 'manual' as const,
    key,
    questionIds,
    target,
    caseSection: caseSectionOf(target),
  };
  return converted.reason === 'invalid'
    ? { ...base, reason: 'invalid', error: converted.error }
    : { ...base, reason: converted.reason };
}

export const listAt = (doc: JsonObject, path: readonly string[]): JsonObject[] => {
  const list = readAt(doc, path);
  return Array.isArray(list) ? list.filter(isJsonObject) : [];
};
