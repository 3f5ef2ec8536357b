import type { Patch } from '@core/sync/document-patch';
import type { JsonObject, JsonValue } from '@core/sync/json-value';

/** One thing a refused change held: where (a field path, '' for a record's own text) and what. */
export interface RefusedLine {
  path: string;
  text: string;
}

// Ids, links and stamps are the change's bookkeeping, not what the attorney wrote.
const BOOKKEEPING =
  /(^|\/)(id|caseId|noteId|authorId|attorneyId|exportedBy|readyBy|parentId|parentIds|recordedAt|createdAt|updatedAt|startedAt|endedAt|clientTime|hash|contentHash|state|anchor)(\/|$)/;

function leaves(value: JsonValue | undefined, path: string, out: RefusedLine[]) {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    value.forEach((item) => leaves(item, path, out));
    return;
  }
  if (typeof value === 'object') {
    for (const [key, inner] of Object.entries(value))
      leaves(inner, path ? `${path}/${key}` : key, out);
    return;
  }
  out.push({ path, text: String(value) });
}

/**
 * What a change the server refused held, so that the attorney can read it (and copy it) on this
 * computer: every value it set or added, and the text of a record it created, without ids and
 * time stamps.
 */
export function refusedLines(change: { patch?: Patch; body?: JsonObject }): RefusedLine[] {
  const out: RefusedLine[] = [];
  for (const [path, value] of Object.entries(change.patch?.set ?? {})) leaves(value, path, out);
  for (const op of change.patch?.ops ?? []) if (op.op === 'add') leaves(op.item, op.path, out);
  if (change.body) leaves(change.body, '', out);
  return out.filter((line) => !BOOKKEEPING.test(line.path) && line.text.trim() !== '');
}
