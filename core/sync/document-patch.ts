/**
 * A patch changes a document field by field: `set` maps field paths to new values, and `ops` adds
 * or removes items of id-addressed arrays or removes optional keys. `applyPatch` is pure and
 * strict: it throws `PatchError` rather than guess. The server's merge uses the same primitives
 * (`getAtPath`, `setAtPath`, ...) to apply only the parts of a patch that do not conflict.
 */
import { z } from 'zod';
import { FieldPathSchema, isSafeSegment, splitPath } from './field-path';
import type { JsonObject, JsonValue } from './json-value';
import {
  JsonObjectSchema,
  JsonValueSchema,
  cloneJson,
  isJsonObject,
  jsonEqual,
} from './json-value';

export const PatchOpSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('add'), path: FieldPathSchema, item: JsonObjectSchema }),
  z.strictObject({
    op: z.literal('remove'),
    path: FieldPathSchema,
    id: z.string().min(1).max(200),
  }),
  z.strictObject({ op: z.literal('unset'), path: FieldPathSchema }),
]);
export type PatchOp = z.infer<typeof PatchOpSchema>;

export const PatchSchema = z.strictObject({
  set: z.record(FieldPathSchema, JsonValueSchema),
  ops: z.array(PatchOpSchema).max(1000).optional(),
});
export type Patch = z.infer<typeof PatchSchema>;

export const EMPTY_PATCH: Patch = { set: {} };

export type PatchErrorCode =
  | 'invalid_path'
  | 'path_through_leaf'
  | 'missing_item'
  | 'item_exists'
  | 'not_an_item_list'
  | 'item_replace'
  | 'invalid_item';

export class PatchError extends Error {
  readonly code: PatchErrorCode;
  readonly path: string;

  constructor(code: PatchErrorCode, path: string) {
    super(`${code}: ${path}`);
    this.name = 'PatchError';
    this.code = code;
    this.path = path;
  }
}

/** An array addressed by item id: every element an object with a distinct, non-empty string id. */
export function isItemList(value: JsonValue | undefined): value is JsonObject[] {
  if (!Array.isArray(value) || value.length === 0) return false;
  const ids = new Set<string>();
  for (const item of value) {
    if (!isJsonObject(item) || typeof item['id'] !== 'string' || item['id'] === '') return false;
    if (ids.has(item['id'])) return false;
    ids.add(item['id']);
  }
  return true;
}

function childOf(node: JsonValue | undefined, segment: string): JsonValue | undefined {
  if (isItemList(node)) return node.find((item) => item['id'] === segment);
  if (isJsonObject(node)) return Object.hasOwn(node, segment) ? node[segment] : undefined;
  return undefined;
}

export function getAtPath(doc: JsonValue, path: string): JsonValue | undefined {
  let node: JsonValue | undefined = doc;
  for (const segment of splitPath(path)) {
    node = childOf(node, segment);
    if (node === undefined) return undefined;
  }
  return node;
}

/**
 * Walks to the container holding the last segment, creating missing objects on the way.
 * Mutates `doc`; callers clone first.
 */
function containerFor(doc: JsonObject, segments: string[], path: string): JsonValue {
  let node: JsonValue = doc;
  for (const segment of segments) {
    if (!isSafeSegment(segment)) throw new PatchError('invalid_path', path);
    if (isItemList(node)) {
      const item: JsonObject | undefined = node.find((candidate) => candidate['id'] === segment);
      if (!item) throw new PatchError('missing_item', path);
      node = item;
    } else if (isJsonObject(node)) {
      const next: JsonValue | undefined = Object.hasOwn(node, segment) ? node[segment] : undefined;
      if (next === undefined) {
        const created: JsonObject = {};
        node[segment] = created;
        node = created;
      } else node = next;
    } else throw new PatchError('path_through_leaf', path);
  }
  return node;
}

function lastSegment(path: string): { parents: string[]; key: string } {
  const segments = splitPath(path);
  const key = segments.pop();
  if (key === undefined || !isSafeSegment(key)) throw new PatchError('invalid_path', path);
  return { parents: segments, key };
}

/** Sets one field (or a whole sub-object). Items themselves are replaced only by remove + add. */
export function setAtPath(doc: JsonObject, path: string, value: JsonValue): void {
  const { parents, key } = lastSegment(path);
  const container = containerFor(doc, parents, path);
  if (isItemList(container)) throw new PatchError('item_replace', path);
  if (!isJsonObject(container)) throw new PatchError('path_through_leaf', path);
  container[key] = cloneJson(value);
}

export function unsetAtPath(doc: JsonObject, path: string): void {
  const { parents, key } = lastSegment(path);
  let node: JsonValue | undefined = doc;
  for (const segment of parents) {
    node = childOf(node, segment);
    if (node === undefined) return;
  }
  if (isJsonObject(node)) delete node[key];
}

/** Appends an item to the list at `path` (creating the list); an identical item is a no-op. */
export function addItem(doc: JsonObject, path: string, item: JsonObject): void {
  const id = item['id'];
  if (typeof id !== 'string' || id === '') throw new PatchError('invalid_item', path);
  const { parents, key } = lastSegment(path);
  const container = containerFor(doc, parents, path);
  if (!isJsonObject(container) || isItemList(container)) {
    throw new PatchError('path_through_leaf', path);
  }
  const list = Object.hasOwn(container, key) ? container[key] : undefined;
  if (list === undefined || (Array.isArray(list) && list.length === 0)) {
    container[key] = [cloneJson(item)];
    return;
  }
  if (!isItemList(list)) throw new PatchError('not_an_item_list', path);
  const existing = list.find((candidate) => candidate['id'] === id);
  if (existing) {
    if (jsonEqual(existing, item)) return;
    throw new PatchError('item_exists', path);
  }
  list.push(cloneJson(item));
}

/** Removes the item with `id` from the list at `path`; a missing item is a no-op. */
export function removeItem(doc: JsonObject, path: string, id: string): void {
  const list = getAtPath(doc, path);
  if (list === undefined || (Array.isArray(list) && list.length === 0)) return;
  if (!isItemList(list)) throw new PatchError('not_an_item_list', path);
  const index = list.findIndex((item) => item['id'] === id);
  if (index >= 0) list.splice(index, 1);
}

/**
 * Applies a patch and returns a new document. Order: item additions, then field sets, then unsets
 * and item removals, so that a coalesced "add an item, then edit it" patch works.
 */
export function applyPatch(doc: JsonObject, patch: Patch): JsonObject {
  const result = cloneJson(doc);
  const ops = patch.ops ?? [];
  for (const op of ops) if (op.op === 'add') addItem(result, op.path, op.item);
  for (const [path, value] of Object.entries(patch.set)) setAtPath(result, path, value);
  for (const op of ops) {
    if (op.op === 'unset') unsetAtPath(result, op.path);
    else if (op.op === 'remove') removeItem(result, op.path, op.id);
  }
  return result;
}

export function isEmptyPatch(patch: Patch): boolean {
  return Object.keys(patch.set).length === 0 && (patch.ops ?? []).length === 0;
}
