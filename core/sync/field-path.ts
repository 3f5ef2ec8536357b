/**
 * Field paths address the leaves of a synced document so that two devices editing different
 * fields never conflict. Segments are joined with `/`; inside a segment `~` is written `~0` and
 * `/` is written `~1` (as in JSON Pointer). An array of objects that all carry a distinct string
 * `id` is addressed by item id (`hearings/<id>/date`), so a concurrent insert elsewhere in the list
 * does not shift what a path points at. Any other array is a single field.
 */
import { z } from 'zod';

/** Assigning to `__proto__` would change an object's prototype instead of adding a field. */
const FORBIDDEN_SEGMENTS = new Set(['__proto__']);

export function escapeSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function unescapeSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function joinPath(segments: readonly string[]): string {
  return segments.map(escapeSegment).join('/');
}

export function splitPath(path: string): string[] {
  return path === '' ? [] : path.split('/').map(unescapeSegment);
}

export function isSafeSegment(segment: string): boolean {
  return segment.length > 0 && !FORBIDDEN_SEGMENTS.has(segment);
}

/** Well formed: non-empty segments, only `~0`/`~1` escapes, no prototype keys. */
export function isValidPath(path: string): boolean {
  if (path.length === 0 || path.length > 512) return false;
  if (/~(?![01])/.test(path)) return false;
  return splitPath(path).every(isSafeSegment);
}

export const FieldPathSchema = z
  .string()
  .max(512)
  .refine(isValidPath, { error: 'validation.fieldPath' });

/** Segment-wise prefix: `a/b` is a prefix of `a/b/c` but not of `a/bc`. */
export function isPathPrefix(prefix: string, path: string): boolean {
  return prefix === path || path.startsWith(`${prefix}/`);
}

/** Two paths overlap when one contains the other: a change to either touches the same data. */
export function pathsOverlap(a: string, b: string): boolean {
  return isPathPrefix(a, b) || isPathPrefix(b, a);
}

/**
 * A pattern is a path whose segments may be `*` (any one segment). It overlaps a concrete path
 * when they agree on every segment both have, so `custody` (a whole section) overlaps the pattern
 * `custody/status`, and `hearings/<id>/date` matches `hearings/*\/date`.
 */
export function patternOverlaps(pattern: string, path: string): boolean {
  const patternSegments = pattern.split('/');
  const pathSegments = path.split('/');
  const shared = Math.min(patternSegments.length, pathSegments.length);
  for (let i = 0; i < shared; i += 1) {
    const expected = patternSegments[i];
    if (expected !== '*' && expected !== pathSegments[i]) return false;
  }
  return true;
}
