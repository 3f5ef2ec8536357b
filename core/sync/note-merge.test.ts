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

describe('guarded note merge, exactly (issue 25: mutation testing)', () => {
  const base = lines('Intro', '', '', 'Middle', 'End');

  it('takes a lone or shared edit whole, even next to blank lines or beyond the diff bound', () => {
    const edited = lines('Intro', '', '', 'Middle changed', 'End');
    expect(mergeNotes(base, edited, edited)).toEqual({ kind: 'merged', text: edited });
    expect(mergeNotes(base, base, edited)).toEqual({ kind: 'merged', text: edited });
    expect(mergeNotes(base, edited, base)).toEqual({ kind: 'merged', text: edited });
    const long = Array.from({ length: 3000 }, (_, i) => `a${i}`).join('\n');
    const other = Array.from({ length: 3000 }, (_, i) => `b${i}`).join('\n');
    expect(mergeNotes(long, long, other)).toEqual({ kind: 'merged', text: other });
    expect(mergeNotes(long, other, long)).toEqual({ kind: 'merged', text: other });
  });

  it('refuses edits on both sides of a diff too large to compute', () => {
    const long = Array.from({ length: 3000 }, (_, i) => `a${i}`);
    const ours = Array.from({ length: 3000 }, (_, i) => `b${i}`);
    const theirs = [...long.slice(0, 2999), 'changed'];
    expect(mergeNotes(long.join('\n'), ours.join('\n'), theirs.join('\n'))).toEqual({
      kind: 'conflict',
      reason: 'too_large',
    });
    expect(mergeNotes(long.join('\n'), theirs.join('\n'), ours.join('\n'))).toEqual({
      kind: 'conflict',
      reason: 'too_large',
    });
  });

  const six = lines('l0', 'l1', 'l2', 'l3', 'l4', 'l5');
  const edit = (start: number, end: number, added: string[]) => {
    const out = splitLines(six);
    out.splice(start, end - start, ...added);
    return out.join('\n');
  };

  it.each([
    [
      'adjacent replacements',
      [1, 2, ['A']],
      [2, 3, ['B']],
      lines('l0', 'A', 'B', 'l3', 'l4', 'l5'),
    ],
    [
      'an insertion where the other replacement starts',
      [2, 2, ['A']],
      [2, 3, ['B']],
      lines('l0', 'l1', 'A', 'B', 'l3', 'l4', 'l5'),
    ],
    [
      'an insertion where the other replacement ends',
      [3, 3, ['A']],
      [2, 3, ['B']],
      lines('l0', 'l1', 'B', 'A', 'l3', 'l4', 'l5'),
    ],
    [
      'a deletion and a distant insertion',
      [0, 2, []],
      [5, 5, ['B']],
      lines('l2', 'l3', 'l4', 'B', 'l5'),
    ],
    [
      'the same replacement on both sides and another',
      [1, 2, ['A']],
      [1, 2, ['A']],
      lines('l0', 'A', 'l2', 'l3', 'l4', 'l5'),
    ],
  ] as const)(
    'merges %s exactly, whichever side is ours',
    (_, [s1, e1, a1], [s2, e2, a2], want) => {
      const ours = edit(s1, e1, [...a1]);
      const theirs = edit(s2, e2, [...a2]);
      if (ours !== theirs)
        expect(mergeNotes(six, theirs, ours)).toEqual({ kind: 'merged', text: want });
      expect(mergeNotes(six, ours, theirs)).toEqual({ kind: 'merged', text: want });
    },
  );

  it.each([
    ['two insertions at one place', [2, 2, ['A']], [2, 2, ['B']]],
    ['an insertion inside the other replacement', [3, 3, ['A']], [2, 4, ['B']]],
    ['overlapping replacements', [1, 3, ['A']], [2, 4, ['B']]],
    ['a replacement and a deletion of the same line', [2, 3, ['A']], [2, 3, []]],
    ['the same text replacing ranges that start apart', [1, 3, ['A']], [2, 3, ['A']]],
    ['the same text replacing ranges that end apart', [1, 2, ['A']], [1, 3, ['A']]],
    ['one line against the same words on two lines', [2, 3, ['ab']], [2, 3, ['a', 'b']]],
  ] as const)('refuses %s, whichever side is ours', (_, [s1, e1, a1], [s2, e2, a2]) => {
    const ours = edit(s1, e1, [...a1]);
    const theirs = edit(s2, e2, [...a2]);
    const overlap = { kind: 'conflict', reason: 'overlap' };
    expect(mergeNotes(six, ours, theirs)).toEqual(overlap);
    expect(mergeNotes(six, theirs, ours)).toEqual(overlap);
  });

  it.each([
    ['two lines before', lines('a', 'a', 'x', 'b', 'c', 'd', 'e'), 3],
    ['one line before', lines('p', 'a', 'a', 'b', 'c', 'd', 'e'), 3],
    ['the line just before', lines('p', 'q', 'a', 'a', 'b', 'c', 'd'), 3],
    ['just after', lines('p', 'q', 'r', 'b', 'a', 'a', 'e'), 3],
    ['one line after', lines('p', 'q', 'r', 'b', 'x', 'a', 'a'), 3],
  ])('refuses an edit with a repeated line %s it', (_, text, at) => {
    // Their edit is on the last line, far from any repeat: only ours is ambiguous.
    const full = `${text}\nf\ng\nh\ni`;
    const ours = splitLines(full);
    ours[at] = 'changed';
    const theirs = splitLines(full);
    theirs[theirs.length - 1] = 'last changed';
    const result = mergeNotes(full, ours.join('\n'), theirs.join('\n'));
    expect(result).toEqual({ kind: 'conflict', reason: 'ambiguous' });
  });

  it('applies an edit made on both sides once, with the rest of the other side', () => {
    const ours = lines('l0', 'A', 'l2', 'l3', 'B', 'l5');
    const theirs = lines('l0', 'A', 'l2', 'l3', 'l4', 'l5');
    expect(mergeNotes(six, ours, theirs)).toEqual({ kind: 'merged', text: ours });
    expect(mergeNotes(six, theirs, ours)).toEqual({ kind: 'merged', text: ours });
  });

  it('merges edits far from repeated lines, and equals both edits applied (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 6, max: 12 }),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 0, max: 2 }),
        (n, p, q, r, s, addOurs, addTheirs) => {
          const baseLines = Array.from({ length: n }, (_, i) => `line ${i}`);
          // Ours edits within [0, cut), theirs within (cut, n]: at least one line kept between.
          const cut = 1 + (p % (n - 2));
          const oursStart = q % cut;
          const oursEnd = oursStart + (r % (cut - oursStart + 1));
          const theirsStart = cut + 1 + (s % (n - cut));
          const theirsEnd = theirsStart + (p % (n - theirsStart + 1));
          const oursAdded = Array.from({ length: addOurs }, (_, i) => `ours ${i}`);
          const theirsAdded = Array.from({ length: addTheirs }, (_, i) => `theirs ${i}`);
          const ours = [...baseLines];
          ours.splice(oursStart, oursEnd - oursStart, ...oursAdded);
          const theirs = [...baseLines];
          theirs.splice(theirsStart, theirsEnd - theirsStart, ...theirsAdded);
          const both = [...baseLines];
          both.splice(theirsStart, theirsEnd - theirsStart, ...theirsAdded);
          both.splice(oursStart, oursEnd - oursStart, ...oursAdded);
          const want = { kind: 'merged', text: both.join('\n') };
          const [b, o, t] = [baseLines, ours, theirs].map((l) => l.join('\n'));
          expect(mergeNotes(b!, o!, t!)).toEqual(want);
          expect(mergeNotes(b!, t!, o!)).toEqual(want);
        },
      ),
    );
  });
});
