import { isLegalField } from '@core/sync/legal-fields';
import { getAtPath } from '@core/sync/document-patch';
import type { JsonObject, JsonValue } from '@core/sync/json-value';
import type { SyncEntity } from '@core/sync/mutation-schemas';
import type { LocalConflict } from '../../db/sync-review-repository';

export interface ConflictField {
  path: string;
  /** The case-file part and field for labels, e.g. ['hearings', 'date']; item ids removed. */
  labelPath: [string, string] | null;
  /** The item the field belongs to, for list fields (a hearing). */
  itemId: string | null;
  mine: JsonValue | undefined;
  server: JsonValue | undefined;
}

/** The legal fields of a conflict, with this laptop's value and the value the server kept. */
export function conflictFields(conflict: LocalConflict): ConflictField[] {
  const set = conflict.localPatch?.set ?? {};
  return Object.entries(set)
    .filter(([path]) => isLegalField(conflict.entity as SyncEntity, path))
    .map(([path, mine]) => {
      const segments = path.split('/');
      const itemId = segments.length === 3 ? segments[1]! : null;
      const labelPath: [string, string] | null =
        segments.length === 3
          ? [segments[0]!, segments[2]!]
          : segments.length === 2
            ? [segments[0]!, segments[1]!]
            : null;
      const server = conflict.serverRow
        ? getAtPath(conflict.serverRow as JsonObject, path)
        : undefined;
      return { path, labelPath, itemId, mine: mine as JsonValue, server };
    })
    .filter((field) => JSON.stringify(field.mine) !== JSON.stringify(field.server));
}
