/** Flattening a document into leaf fields, and the minimal patch between two documents. */
import { escapeSegment } from './field-path';
import type { Patch, PatchOp } from './document-patch';
import { isItemList } from './document-patch';
import type { JsonObject, JsonValue } from './json-value';
import { isJsonObject, jsonEqual } from './json-value';

function childPath(parent: string, segment: string): string {
  const escaped = escapeSegment(segment);
  return parent === '' ? escaped : `${parent}/${escaped}`;
}

/**
 * Every leaf of a document by path. Leaves are primitives, null, arrays that are not id-addressed,
 * and empty objects. Items of an id-addressed array appear under their id, including their `id`
 * field, so an item with no other fields still shows.
 */
export function flattenFields(doc: JsonValue, prefix = ''): Record<string, JsonValue> {
  const fields: Record<string, JsonValue> = {};
  const walk = (node: JsonValue, path: string): void => {
    if (isItemList(node)) {
      for (const item of node) walk(item, childPath(path, item['id'] as string));
    } else if (isJsonObject(node) && Object.keys(node).length > 0) {
      for (const [key, value] of Object.entries(node)) walk(value, childPath(path, key));
    } else if (path !== '') {
      fields[path] = node;
    }
  };
  walk(doc, prefix);
  return fields;
}

function own(object: JsonObject, key: string): JsonValue | undefined {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

type Kind = 'missing' | 'object' | 'items' | 'emptyList' | 'leaf';

function kindOf(value: JsonValue | undefined): Kind {
  if (value === undefined) return 'missing';
  if (isItemList(value)) return 'items';
  if (Array.isArray(value) && value.length === 0) return 'emptyList';
  if (isJsonObject(value)) return 'object';
  return 'leaf';
}

/**
 * The patch that turns `before` into `after` (up to the order of id-addressed items, which is not
 * synchronised). Changed leaves become `set` entries; whole values are set only where the shape
 * itself changed (a field appears, or an object becomes a string).
 */
export function diffFields(before: JsonObject, after: JsonObject): Patch {
  const set: Record<string, JsonValue> = {};
  const ops: PatchOp[] = [];

  const diffItems = (old: JsonObject[], next: JsonObject[], path: string): void => {
    const oldById = new Map(old.map((item) => [item['id'] as string, item]));
    const nextIds = new Set(next.map((item) => item['id'] as string));
    for (const item of old) {
      const id = item['id'] as string;
      if (!nextIds.has(id)) ops.push({ op: 'remove', path, id });
    }
    for (const item of next) {
      const id = item['id'] as string;
      const previous = oldById.get(id);
      if (previous === undefined) ops.push({ op: 'add', path, item });
      else walk(previous, item, childPath(path, id));
    }
  };

  const walk = (old: JsonValue | undefined, next: JsonValue | undefined, path: string): void => {
    if (jsonEqual(old, next)) return;
    const oldKind = kindOf(old);
    const nextKind = kindOf(next);
    if (nextKind === 'missing') {
      ops.push({ op: 'unset', path });
    } else if (oldKind === 'object' && nextKind === 'object') {
      const a = old as JsonObject;
      const b = next as JsonObject;
      for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
        walk(own(a, key), own(b, key), childPath(path, key));
      }
    } else if (
      nextKind === 'items' &&
      (oldKind === 'items' || oldKind === 'emptyList' || oldKind === 'missing')
    ) {
      diffItems(oldKind === 'items' ? (old as JsonObject[]) : [], next as JsonObject[], path);
    } else if (oldKind === 'items' && nextKind === 'emptyList') {
      diffItems(old as JsonObject[], [], path);
    } else {
      set[path] = next as JsonValue;
    }
  };

  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    walk(own(before, key), own(after, key), childPath('', key));
  }
  return ops.length > 0 ? { set, ops } : { set };
}

/** The paths a patch touches: each set or unset path, and each added or removed item's path. */
export function touchedPaths(patch: Patch): string[] {
  const paths = Object.keys(patch.set);
  for (const op of patch.ops ?? []) {
    if (op.op === 'unset') paths.push(op.path);
    else if (op.op === 'add') paths.push(`${op.path}/${escapeSegment(String(op.item['id']))}`);
    else paths.push(`${op.path}/${escapeSegment(op.id)}`);
  }
  return paths;
}
