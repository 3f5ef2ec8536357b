import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Hunk } from './line-diff';
import { diffLines, splitLines } from './line-diff';

/** The fewest insertions and deletions from `a` to `b` (through the longest common subsequence). */
function editDistance(a: readonly string[], b: readonly string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const line of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j]!;
      row[j] = line === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1]!);
      diagonal = above;
    }
  }
  return a.length + b.length - 2 * row[b.length]!;
}

/** `a` with the hunks applied. */
function apply(a: readonly string[], hunks: readonly Hunk[]): string[] {
  const out: string[] = [];
  let at = 0;
  for (const hunk of hunks) {
    out.push(...a.slice(at, hunk.start), ...hunk.lines);
    at = hunk.end;
  }
  return [...out, ...a.slice(at)];
}

const edits = (hunks: readonly Hunk[]) =>
  hunks.reduce((sum, hunk) => sum + hunk.end - hunk.start + hunk.lines.length, 0);

const text = fc.array(fc.constantFrom('a', 'b', 'c', ''), { maxLength: 12 });

describe('splitLines', () => {
  it('gives no line for an empty text, and splits on newlines only', () => {
    expect(splitLines('')).toEqual([]);
    expect(splitLines('one')).toEqual(['one']);
    expect(splitLines('one\n\ntwo words\n')).toEqual(['one', '', 'two words', '']);
  });
});

describe('diffLines, exactly (issue 25: mutation testing)', () => {
  it('answers no hunk for equal texts, also with no edit allowed', () => {
    expect(diffLines([], [])).toEqual([]);
    expect(diffLines(['a', 'b'], ['a', 'b'])).toEqual([]);
    expect(diffLines(['a', 'b'], ['a', 'b'], 0)).toEqual([]);
  });

  it('names each edit by its base lines: deletions, insertions, replacements, at either end', () => {
    expect(diffLines(['a', 'b', 'c'], ['b', 'c'])).toEqual([{ start: 0, end: 1, lines: [] }]);
    expect(diffLines(['a', 'b', 'c'], ['a', 'b'])).toEqual([{ start: 2, end: 3, lines: [] }]);
    expect(diffLines(['a', 'b'], ['x', 'a', 'b'])).toEqual([{ start: 0, end: 0, lines: ['x'] }]);
    expect(diffLines(['a', 'b'], ['a', 'b', 'x'])).toEqual([{ start: 2, end: 2, lines: ['x'] }]);
    expect(diffLines(['a'], [])).toEqual([{ start: 0, end: 1, lines: [] }]);
    expect(diffLines(['a', 'b'], ['x', 'y'])).toEqual([{ start: 0, end: 2, lines: ['x', 'y'] }]);
  });

  it('keeps separate edits in separate hunks, in order, with the lines kept between them', () => {
    expect(diffLines(['a', 'b', 'c', 'd', 'e'], ['a', 'B', 'c', 'e', 'f'])).toEqual([
      { start: 1, end: 2, lines: ['B'] },
      { start: 3, end: 4, lines: [] },
      { start: 5, end: 5, lines: ['f'] },
    ]);
    expect(diffLines(['x', 'a', 'y', 'a'], ['a', 'z', 'a'])).toEqual([
      { start: 0, end: 1, lines: [] },
      { start: 2, end: 3, lines: ['z'] },
    ]);
  });

  it('answers null only when more edits than the bound are needed', () => {
    // One line replaced: a deletion and an insertion.
    expect(diffLines(['a'], ['b'], 2)).toEqual([{ start: 0, end: 1, lines: ['b'] }]);
    expect(diffLines(['a'], ['b'], 1)).toBeNull();
    expect(diffLines(['k', 'a', 'k', 'b', 'k'], ['k', 'k', 'x', 'k'], 3)).toEqual([
      { start: 1, end: 2, lines: [] },
      { start: 3, end: 4, lines: ['x'] },
    ]);
    expect(diffLines(['k', 'a', 'k', 'b', 'k'], ['k', 'k', 'x', 'k'], 2)).toBeNull();
    expect(diffLines([], ['a', 'b', 'c'], 3)).toEqual([
      { start: 0, end: 0, lines: ['a', 'b', 'c'] },
    ]);
    expect(diffLines([], ['a', 'b', 'c'], 2)).toBeNull();
    expect(diffLines(['a', 'b', 'c'], [], 2)).toBeNull();
  });

  it('finds a shortest edit script in ordered, separated hunks, or null beyond the bound (property)', () => {
    fc.assert(
      fc.property(text, text, fc.nat({ max: 26 }), (a, b, bound) => {
        const needed = editDistance(a, b);
        const hunks = diffLines(a, b, bound);
        if (needed > bound) {
          expect(hunks).toBeNull();
          return;
        }
        expect(hunks).not.toBeNull();
        expect(apply(a, hunks!)).toEqual(b);
        expect(edits(hunks!)).toBe(needed);
        let previousEnd = -1;
        for (const hunk of hunks!) {
          expect(hunk.start).toBeGreaterThan(previousEnd);
          expect(hunk.end).toBeGreaterThanOrEqual(hunk.start);
          expect(hunk.end - hunk.start + hunk.lines.length).toBeGreaterThan(0);
          previousEnd = hunk.end;
        }
        expect(previousEnd).toBeLessThanOrEqual(a.length);
      }),
      { numRuns: 1000 },
    );
  });
});
