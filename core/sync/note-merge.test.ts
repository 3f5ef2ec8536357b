import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffLines, splitLines } from './line-diff';
import { commonAncestor, headIds } from './note-graph';
import { mergeNotes } from './note-merge';

const lines = (...l: string[]) => l.join('\n');

describe('line diff', () => {
  it('finds the edits between two texts', () => {
    expect(diffLines(['a', 'b', 'c'], ['a', 'x', 'c'])).toEqual([
      { start: 1, end: 2, lines: ['x'] },
    ]);
    expect(diffLines(['a', 'c'], ['a', 'b', 'c'])).toEqual([{ start: 1, end: 1, lines: ['b'] }]);
    expect(diffLines([], ['a'])).toEqual([{ start: 0, end: 0, lines: ['a'] }]);
  });

  it('gives up beyond the edit bound instead of freezing', () => {
    const a = Array.from({ length: 3000 }, (_, i) => `a${i}`);
    const b = Array.from({ length: 3000 }, (_, i) => `b${i}`);
    expect(diffLines(a, b, 5000)).toBeNull();
  });

  it('rebuilds the target from any diff (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', 'c', '')),
        fc.array(fc.constantFrom('a', 'b', 'c', '')),
        (a, b) => {
          const hunks = diffLines(a, b)!;
          const out: string[] = [];
          let at = 0;
          for (const h of hunks) {
            out.push(...a.slice(at, h.start), ...h.lines);
            at = h.end;
          }
          out.push(...a.slice(at));
          expect(out).toEqual(b);
        },
      ),
    );
  });
});

describe('guarded note merge', () => {
  const base = lines(
    'Client arrived 2013.',
    'Fears the gang in Usulután.',
    'Has a US-citizen son.',
    'Worked in Jackson.',
  );

  it('merges edits to different lines', () => {
    const ours = base.replace('arrived 2013.', 'arrived May 2013.');
    const theirs = base.replace('Worked in Jackson.', 'Worked in Jackson and Pearl.');
    expect(mergeNotes(base, ours, theirs)).toEqual({
      kind: 'merged',
      text: lines(
        'Client arrived May 2013.',
        'Fears the gang in Usulután.',
        'Has a US-citizen son.',
        'Worked in Jackson and Pearl.',
      ),
    });
  });

  it('keeps both insertions at different places', () => {
    const ours = lines(
      'Client arrived 2013.',
      'Entered without inspection.',
      'Fears the gang in Usulután.',
      'Has a US-citizen son.',
      'Worked in Jackson.',
    );
    const theirs = `${base}\nAddendum: interpreter confirmed dates.`;
    const result = mergeNotes(base, ours, theirs);
    expect(result.kind).toBe('merged');
    expect(result.kind === 'merged' && result.text).toContain('Entered without inspection.');
    expect(result.kind === 'merged' && result.text).toContain(
      'Addendum: interpreter confirmed dates.',
    );
  });

  it('refuses when both sides changed the same line differently', () => {
    const ours = base.replace('2013', '2012');
    const theirs = base.replace('2013', '2014');
    expect(mergeNotes(base, ours, theirs)).toEqual({ kind: 'conflict', reason: 'overlap' });
  });

  it('refuses next to runs of repeated or blank lines, where alignment is ambiguous', () => {
    const repeated = lines('Intro', '', '', 'Middle', 'End');
    expect(
      mergeNotes(
        repeated,
        lines('Intro', '', '', 'Middle changed', 'End'),
        lines('Intro changed', '', '', 'Middle', 'End'),
      ),
    ).toEqual({ kind: 'conflict', reason: 'ambiguous' });
  });

  it('takes the one changed side when the other is unchanged, and identical edits once', () => {
    expect(mergeNotes(base, base, 'x')).toEqual({ kind: 'merged', text: 'x' });
    const same = base.replace('2013', '2012');
    expect(mergeNotes(base, same, same)).toEqual({ kind: 'merged', text: same });
  });

  it('never loses a line either side added (property)', () => {
    const word = fc.constantFrom(
      'alpha',
      'beta',
      'gamma',
      'delta',
      'epsilon',
      'zeta',
      'eta',
      'theta',
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { minLength: 3, maxLength: 8 }),
        fc.integer({ min: 0, max: 7 }),
        fc.integer({ min: 0, max: 7 }),
        (baseLines, i, j) => {
          const ours: string[] = [...baseLines];
          ours.splice(Math.min(i, ours.length), 0, 'OURS-LINE');
          const theirs: string[] = [...baseLines];
          theirs.splice(Math.min(j, theirs.length), 0, 'THEIRS-LINE');
          const result = mergeNotes(baseLines.join('\n'), ours.join('\n'), theirs.join('\n'));
          if (result.kind === 'merged') {
            expect(splitLines(result.text)).toContain('OURS-LINE');
            expect(splitLines(result.text)).toContain('THEIRS-LINE');
          }
        },
      ),
    );
  });
});

describe('note graph', () => {
  const graph = [
    { id: 'r1', parentIds: [] },
    { id: 'r2', parentIds: ['r1'] },
    { id: 'r3a', parentIds: ['r2'] },
    { id: 'r3b', parentIds: ['r2'] },
  ];
  it('finds the heads of a fork and their common ancestor', () => {
    expect(headIds(graph).sort()).toEqual(['r3a', 'r3b']);
    expect(commonAncestor(graph, 'r3a', 'r3b')).toBe('r2');
    expect(
      commonAncestor(
        [
          { id: 'x', parentIds: [] },
          { id: 'y', parentIds: [] },
        ],
        'x',
        'y',
      ),
    ).toBeNull();
  });
});
