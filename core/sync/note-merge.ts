/**
 * A guarded three-way line merge for forked notes. It merges only when that is unambiguous:
 * changes on both sides that touch the same lines, changes next to runs of repeated or blank
 * lines (where lines can be matched more than one way and text silently duplicated), or a diff
 * too large to compute quickly all mean "show both versions side by side" instead. It never
 * drops text: a clean merge contains every line either side added.
 */
import { diffLines, splitLines, type Hunk } from './line-diff';

export type MergeResult =
  | { kind: 'merged'; text: string }
  | { kind: 'conflict'; reason: 'overlap' | 'ambiguous' | 'too_large' };

const MAX_EDITS = 5000;

/** True when a hunk sits next to a run of identical lines (blank lines included). */
function nearRepeatedLines(base: readonly string[], hunk: Hunk): boolean {
  const around = [hunk.start - 2, hunk.start - 1, hunk.end, hunk.end + 1].filter(
    (i) => i >= 0 && i < base.length,
  );
  return around.some(
    (i) => (i + 1 < base.length && base[i] === base[i + 1]) || (i > 0 && base[i] === base[i - 1]),
  );
}

function overlaps(a: Hunk, b: Hunk): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  if (a.start === a.end) return a.start > b.start && a.start < b.end;
  if (b.start === b.end) return b.start > a.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

const same = (a: Hunk, b: Hunk) =>
  a.start === b.start && a.end === b.end && a.lines.join('\n') === b.lines.join('\n');

export function mergeNotes(baseText: string, oursText: string, theirsText: string): MergeResult {
  if (oursText === theirsText) return { kind: 'merged', text: oursText };
  if (oursText === baseText) return { kind: 'merged', text: theirsText };
  if (theirsText === baseText) return { kind: 'merged', text: oursText };
  const base = splitLines(baseText);
  const ours = diffLines(base, splitLines(oursText), MAX_EDITS);
  const theirs = diffLines(base, splitLines(theirsText), MAX_EDITS);
  if (!ours || !theirs) return { kind: 'conflict', reason: 'too_large' };

  const all = [...ours.map((h) => ({ h, side: 0 })), ...theirs.map((h) => ({ h, side: 1 }))];
  if (all.some(({ h }) => nearRepeatedLines(base, h)))
    return { kind: 'conflict', reason: 'ambiguous' };
  for (const a of ours) {
    for (const b of theirs) {
      if (overlaps(a, b) && !same(a, b)) return { kind: 'conflict', reason: 'overlap' };
    }
  }
  const hunks = all
    .filter(({ h, side }) => side === 0 || !ours.some((o) => same(o, h)))
    .map(({ h }) => h)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const out: string[] = [];
  let at = 0;
  for (const hunk of hunks) {
    out.push(...base.slice(at, hunk.start), ...hunk.lines);
    at = Math.max(at, hunk.end);
  }
  out.push(...base.slice(at));
  return { kind: 'merged', text: out.join('\n') };
}
