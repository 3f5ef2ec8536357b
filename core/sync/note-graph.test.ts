import { describe, expect, it } from 'vitest';
import type { RevisionLink } from './note-graph';
import { commonAncestor, headIds } from './note-graph';

const rev = (id: string, ...parentIds: string[]): RevisionLink => ({ id, parentIds });

describe('note revision graph', () => {
  it('finds the heads', () => {
    expect(headIds([rev('r'), rev('a', 'r'), rev('b', 'r'), rev('m', 'a', 'b')])).toEqual(['m']);
    expect(headIds([rev('r'), rev('a', 'r'), rev('b', 'r')])).toEqual(['a', 'b']);
  });

  it('finds the nearest shared revision, not an older one', () => {
    const graph = [rev('r'), rev('x', 'r'), rev('a', 'x'), rev('b1', 'x'), rev('b', 'b1')];
    expect(commonAncestor(graph, 'a', 'b')).toBe('x');
    expect(commonAncestor(graph, 'b', 'a')).toBe('x');
  });

  it('never takes a shared revision that a nearer shared one descends from', () => {
    // q (a's parent) is 3 steps from b through x and y; its parent r is 2 from each head, through
    // b's other parent s. r is older than q: the base is q (found by mutation testing, 2026-12-07).
    const graph = [
      rev('r'),
      rev('q', 'r'),
      rev('a', 'q'),
      rev('s', 'r'),
      rev('x', 'q'),
      rev('y', 'x'),
      rev('b', 'y', 's'),
    ];
    expect(commonAncestor(graph, 'a', 'b')).toBe('q');
    expect(commonAncestor(graph, 'b', 'a')).toBe('q');
    // One head an ancestor of the other: that head is the base.
    expect(commonAncestor(graph, 'q', 'b')).toBe('q');
  });

  it('answers null when the heads share nothing, even when their parents are missing', () => {
    expect(commonAncestor([rev('a', 'gone1'), rev('b', 'gone2')], 'a', 'b')).toBeNull();
    expect(commonAncestor([rev('a'), rev('b')], 'a', 'b')).toBeNull();
    // A parent outside the list (pruned history) ends that line of ancestry.
    expect(commonAncestor([rev('r'), rev('a', 'r', 'gone'), rev('b', 'r')], 'a', 'b')).toBe('r');
  });

  it('measures an ancestor by the shortest path from each head, and takes the one whose farther head is nearest', () => {
    // c1 and c2 are both children of r, neither an ancestor of the other. c1: 1 step from a,
    // 3 from b; c2: 2 and 2. The farther head decides: c2 (2 < 3).
    const crossed = [
      rev('r'),
      rev('c1', 'r'),
      rev('c2', 'r'),
      rev('x', 'c2'),
      rev('a', 'c1', 'x'),
      rev('y', 'c2'),
      rev('z2', 'c1'),
      rev('z1', 'z2'),
      rev('b', 'y', 'z1'),
    ];
    expect(commonAncestor(crossed, 'a', 'b')).toBe('c2');
    expect(commonAncestor(crossed, 'b', 'a')).toBe('c2');
    // p is 1 step from a directly (and 4 through a longer line), 2 from b; q is 3 and 1.
    const twoWays = [
      rev('r'),
      rev('p', 'r'),
      rev('q', 'r'),
      rev('x3', 'p'),
      rev('x2', 'x3'),
      rev('x1', 'x2'),
      rev('v', 'q'),
      rev('u', 'v'),
      rev('a', 'p', 'x1', 'u'),
      rev('w', 'p'),
      rev('b', 'w', 'q'),
    ];
    expect(commonAncestor(twoWays, 'a', 'b')).toBe('p');
  });

  it('between equally near ancestors, picks the smallest id, whichever is met first', () => {
    // Criss-cross: c1 and c2 are each one step from a and one from b.
    const crossed = [
      rev('r'),
      rev('c2', 'r'),
      rev('c1', 'r'),
      rev('a', 'c2', 'c1'),
      rev('b', 'c1', 'c2'),
    ];
    expect(commonAncestor(crossed, 'a', 'b')).toBe('c1');
    expect(commonAncestor(crossed, 'b', 'a')).toBe('c1');
    // c1 is 1 from a and 2 from b, c2 is 2 and 2: the greater distance decides (c1: 2, c2: 2),
    // then the id.
    const uneven = [
      rev('r'),
      rev('c1', 'r'),
      rev('c2', 'r'),
      rev('x', 'c2'),
      rev('y', 'c1'),
      rev('z', 'c2'),
      rev('a', 'c1', 'x'),
      rev('b', 'y', 'z'),
    ];
    expect(commonAncestor(uneven, 'a', 'b')).toBe('c1');
    const swapped = uneven.map((r) => ({
      id: r.id === 'c1' ? 'c2' : r.id === 'c2' ? 'c1' : r.id,
      parentIds: r.parentIds.map((p) => (p === 'c1' ? 'c2' : p === 'c2' ? 'c1' : p)),
    }));
    expect(commonAncestor(swapped, 'a', 'b')).toBe('c1');
  });
});
