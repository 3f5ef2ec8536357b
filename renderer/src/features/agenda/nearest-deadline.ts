import type { CaseFile } from '@core/domain/case-file';
import type { JsonObject } from '@core/sync/json-value';

/**
 * The nearest upcoming deadline per case, from manual deadlines for now. Computed deadlines
 * (core/deadlines) are merged in by the agenda once available.
 */
export function nearestDeadlines(
  files: readonly CaseFile[],
  manual: readonly JsonObject[],
  today: string,
): Map<string, { date: string; label: string }> {
  const result = new Map<string, { date: string; label: string }>();
  const known = new Set(files.map((f) => f.id));
  for (const doc of manual) {
    const caseId = String(doc['caseId']);
    const date = String(doc['date']);
    if (!known.has(caseId) || date < today) continue;
    const current = result.get(caseId);
    if (!current || date < current.date) result.set(caseId, { date, label: String(doc['title']) });
  }
  return result;
}
