/**
 * Per-field merge of a device's patch into the server's document. Each field remembers the
 * version that last changed it and the device that changed it (`FieldVersions`). A change by the
 * pushing device is never "concurrent" with that device's later mutations, because a device's
 * offline edits all carry the version it last pulled as `baseVersion`.
 *
 * - Field untouched by others since `baseVersion`, or holding what the device saw there
 *   (`baseValues`) → applied. A value another device wrote that the device says it did not see
 *   is concurrent whatever `baseVersion` claims. Different fields never conflict.
 * - Same value on both sides → nothing to do.
 * - Legal field changed on both sides → server value kept, open conflict with both values.
 * - Other field changed on both sides → last writer by server order wins; the replaced value is
 *   kept in an `overwritten` record that waits for both authors (core/sync/conflict-review.ts)
 *   until one keeps the new value or restores the old one: never silent.
 * - Item removed here but edited elsewhere (since `baseVersion`, or unlike the item as the device
 *   saw it in `baseValues`) → the edit wins (the item stays).
 * - Paths locked by finalisation → not changed; open conflict with the device's value.
 */
import type { ConflictKind, ConflictStatus } from '@core/sync/admin-schemas';
import type { Patch } from '@core/sync/document-patch';
import {
  PatchError,
  addItem,
  getAtPath,
  removeItem,
  setAtPath,
  unsetAtPath,
} from '@core/sync/document-patch';
import {
  escapeSegment,
  isPathPrefix,
  joinPath,
  pathsOverlap,
  splitPath,
} from '@core/sync/field-path';
import type { JsonObject, JsonValue } from '@core/sync/json-value';
import { cloneJson, jsonEqual } from '@core/sync/json-value';
import { isLegalField } from '@core/sync/legal-fields';
import type { DocumentEntity } from '@core/sync/mutation-schemas';

/** path → [version that last changed it, device that changed it (null: the server itself)]. */
export type FieldVersions = Record<string, [number, string | null]>;

export interface MergeContext {
  entity: DocumentEntity;
  deviceId: string;
  baseVersion: number;
  newVersion: number;
  baseValues?: Record<string, JsonValue>;
  /** Paths the document's state forbids changing (a final interview outside its addenda). */
  isLocked?: (path: string) => boolean;
  /**
   * A restored laptop's change sent again (`afterRestore`): this device's own changes since
   * `baseVersion` may be from the timeline the restore undid, so they count as concurrent too.
   */
  ownChangesConcurrent?: boolean;
}

export interface FieldConflict {
  path: string;
  kind: ConflictKind;
  status: ConflictStatus;
  serverValue: JsonValue | undefined;
  clientValue: JsonValue | undefined;
  /** The version whose author is the "server side" of the conflict, if known. */
  serverVersion: number | null;
}

export interface MergeOutcome {
  doc: JsonObject;
  fieldVersions: FieldVersions;
  changed: boolean;
  /** Paths actually written (sets, unsets, added and removed items). */
  changedPaths: string[];
  conflicts: FieldConflict[];
}

/** The latest change by another device, after `baseVersion`, to anything overlapping `path`. */
export function foreignChangeSince(
  fieldVersions: FieldVersions,
  path: string,
  baseVersion: number,
  deviceId: string,
): number | null {
  let latest: number | null = null;
  for (const [other, [version, device]] of Object.entries(fieldVersions)) {
    if (version > baseVersion && device !== deviceId && pathsOverlap(path, other)) {
      latest = Math.max(latest ?? 0, version);
    }
  }
  return latest;
}

export function hasForeignChangeSince(
  fieldVersions: FieldVersions,
  baseVersion: number,
  deviceId: string,
) {
  return Object.values(fieldVersions).some(
    ([version, device]) => version > baseVersion && device !== deviceId,
  );
}

/**
 * The patch error a removed item gives. When the last item of a list was removed the list is
 * empty, and an empty list is not an item list, so the path fails "through a leaf" instead.
 */
function isMissingItem(error: PatchError, doc: JsonObject, path: string): boolean {
  if (error.code === 'missing_item') return true;
  if (error.code !== 'path_through_leaf') return false;
  const segments = splitPath(path);
  for (let i = 1; i < segments.length; i += 1) {
    const value = getAtPath(doc, joinPath(segments.slice(0, i)));
    if (Array.isArray(value) && value.length === 0) return true;
  }
  return false;
}

/**
 * What the device says it saw at `path`: its own entry in `baseValues`, or within an enclosing
 * one (an item added again that the server holds: the device saw nothing there, or the item as
 * it was); undefined when it says nothing about the path.
 */
function seenAt(
  baseValues: Record<string, JsonValue> | undefined,
  path: string,
): { value: JsonValue } | undefined {
  if (!baseValues) return undefined;
  if (Object.hasOwn(baseValues, path)) return { value: baseValues[path] ?? null };
  for (const [prefix, value] of Object.entries(baseValues)) {
    if (prefix === '' || !isPathPrefix(prefix, path)) continue;
    const rest = path.slice(prefix.length + 1);
    return { value: value === null ? null : (getAtPath(value, rest) ?? null) };
  }
  return undefined;
}

export function mergePatch(
  current: JsonObject,
  currentVersions: FieldVersions,
  patch: Patch,
  ctx: MergeContext,
): MergeOutcome {
  const doc = cloneJson(current);
  const versions: FieldVersions = { ...currentVersions };
  // No device has this id: every change since the base is someone else's.
  const comparedDevice = ctx.ownChangesConcurrent ? '' : ctx.deviceId;
  const conflicts: FieldConflict[] = [];
  const changedPaths: string[] = [];
  let changed = false;

  const stamp = (path: string) => {
    for (const other of Object.keys(versions))
      if (isPathPrefix(path, other)) delete versions[other];
    versions[path] = [ctx.newVersion, ctx.deviceId];
    changedPaths.push(path);
    changed = true;
  };
  const concurrent = (path: string): number | null => {
    const seen = seenAt(ctx.baseValues, path);
    if (!seen) return foreignChangeSince(currentVersions, path, ctx.baseVersion, comparedDevice);
    if (jsonEqual(getAtPath(current, path) ?? null, seen.value)) return null;
    // The device saw another value there than the current one: it never saw that one, whatever
    // its base version claims (a laptop's copy can carry a version whose content it does not
    // hold, or show its own unsent value over the one it pulled). Not even when this device wrote
    // it: a copy whose version reads ahead of its content takes the answer to its own change for
    // an older one and shows what it pulled before (issue 21, I5, CI seed 6).
    return foreignChangeSince(currentVersions, path, 0, '');
  };
  const conflict = (
    path: string,
    kind: ConflictKind,
    status: ConflictStatus,
    clientValue: JsonValue | undefined,
    serverVersion: number | null,
  ) =>
    conflicts.push({
      path,
      kind,
      status,
      serverValue: getAtPath(doc, path),
      clientValue,
      serverVersion,
    });

  /** One field change; `value` undefined means remove the key. */
  const change = (path: string, value: JsonValue | undefined) => {
    const serverValue = getAtPath(doc, path);
    if (jsonEqual(serverValue, value)) return;
    if (ctx.isLocked?.(path)) return conflict(path, 'final_immutable', 'open', value, null);
    const other = concurrent(path);
    if (other !== null && isLegalField(ctx.entity, path)) {
      return conflict(path, 'legal_field', 'open', value, other);
    }
    if (other !== null) conflict(path, 'overwritten', 'auto_resolved', value, other);
    try {
      if (value === undefined) unsetAtPath(doc, path);
      else setAtPath(doc, path, value);
    } catch (error) {
      // The item this field belongs to was removed on the server: keep the device's value for review.
      if (error instanceof PatchError && isMissingItem(error, doc, path)) {
        return conflict(path, 'missing_item', 'open', value, null);
      }
      throw error;
    }
    stamp(path);
  };

  const ops = patch.ops ?? [];
  for (const op of ops) {
    if (op.op !== 'add') continue;
    const itemPath = `${op.path}/${escapeSegment(String(op.item['id']))}`;
    const existing = getAtPath(doc, itemPath);
    if (existing === undefined) {
      if (ctx.isLocked?.(itemPath)) {
        conflict(itemPath, 'final_immutable', 'open', op.item, null);
        continue;
      }
      addItem(doc, op.path, op.item);
      stamp(itemPath);
    } else if (!jsonEqual(existing, op.item)) {
      for (const [key, value] of Object.entries(op.item))
        change(`${itemPath}/${escapeSegment(key)}`, value);
    }
  }
  for (const [path, value] of Object.entries(patch.set)) change(path, value);
  for (const op of ops) {
    if (op.op === 'unset') change(op.path, undefined);
    if (op.op !== 'remove') continue;
    const itemPath = `${op.path}/${escapeSegment(op.id)}`;
    if (getAtPath(doc, itemPath) === undefined) continue;
    if (ctx.isLocked?.(itemPath)) {
      conflict(itemPath, 'final_immutable', 'open', undefined, null);
      continue;
    }
    // What the device saw of the item (`baseValues`), over the version it claims: removing an
    // item changed since the device saw it drops that change unseen (issue 21, I5, seed 21).
    const other = concurrent(itemPath);
    if (other !== null) {
      conflict(itemPath, 'removed_item_kept', 'auto_resolved', undefined, other);
      continue;
    }
    removeItem(doc, op.path, op.id);
    for (const path of Object.keys(versions))
      if (isPathPrefix(itemPath, path)) delete versions[path];
    versions[itemPath] = [ctx.newVersion, ctx.deviceId];
    changedPaths.push(itemPath);
    changed = true;
  }
  return { doc, fieldVersions: versions, changed, changedPaths, conflicts };
}
