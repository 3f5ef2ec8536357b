import type { JsonObject, JsonValue } from '@core/sync/json-value';

type Domain = Record<string, unknown>;

export function readAt(doc: JsonObject, path: readonly string[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Domain | undefined)?.[key], doc);
}

/** A copy of `doc` with `value` at `path` (objects along the way are copied, not mutated). */
export function writeAt(doc: JsonObject, path: readonly string[], value: unknown): JsonObject {
  const [head, ...rest] = path;
  if (head === undefined) return value as JsonObject;
  const child = (doc[head] ?? {}) as JsonObject;
  return { ...doc, [head]: (rest.length === 0 ? value : writeAt(child, rest, value)) as JsonValue };
}

/** Replaces, appends or (with `null`) removes the item with `id` in the list at `path`. */
export function writeItem(
  doc: JsonObject,
  path: readonly string[],
  id: string,
  item: Domain | null,
): JsonObject {
  const list = ((readAt(doc, path) as Domain[] | undefined) ?? []).slice();
  const index = list.findIndex((entry) => entry['id'] === id);
  if (item === null) {
    if (index >= 0) list.splice(index, 1);
  } else if (index >= 0) list[index] = item;
  else list.push(item);
  return writeAt(doc, path, list);
}
