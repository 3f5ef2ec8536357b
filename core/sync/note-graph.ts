/** The revision graph of one note: heads, ancestry, and the common ancestor of two heads. */
export interface RevisionLink {
  id: string;
  parentIds: readonly string[];
}

export function headIds(revisions: readonly RevisionLink[]): string[] {
  const parents = new Set(revisions.flatMap((r) => r.parentIds));
  return revisions.filter((r) => !parents.has(r.id)).map((r) => r.id);
}

function ancestors(byId: ReadonlyMap<string, RevisionLink>, start: string): Map<string, number> {
  const depth = new Map<string, number>([[start, 0]]);
  const queue = [start];
  while (queue.length > 0) {
    const id = queue.shift()!;
    for (const parent of byId.get(id)?.parentIds ?? []) {
      if (!depth.has(parent)) {
        depth.set(parent, depth.get(id)! + 1);
        queue.push(parent);
      }
    }
  }
  return depth;
}

/**
 * Marks every strict ancestor of the given revisions (a walk stops at a revision already marked:
 * its ancestors are marked too).
 */
function strictAncestorsOf(
  byId: ReadonlyMap<string, RevisionLink>,
  starts: Iterable<string>,
): Set<string> {
  const marked = new Set<string>();
  for (const start of starts) {
    if (marked.has(start)) continue;
    const stack = [...(byId.get(start)?.parentIds ?? [])];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (marked.has(id)) continue;
      marked.add(id);
      stack.push(...(byId.get(id)?.parentIds ?? []));
    }
  }
  return marked;
}

/**
 * The nearest revision both heads descend from, or null when they share none: a shared revision
 * that no other shared revision descends from (a lowest common ancestor). When there are several
 * (criss-cross merges), the one whose farther head is nearest, then the smallest id.
 */
export function commonAncestor(
  revisions: readonly RevisionLink[],
  a: string,
  b: string,
): string | null {
  const byId = new Map(revisions.map((r) => [r.id, r]));
  const fromA = ancestors(byId, a);
  const fromB = ancestors(byId, b);
  const shared = [...fromA.keys()].filter((id) => fromB.has(id));
  // An older shared revision is never the base while a newer one descends from it.
  const older = strictAncestorsOf(byId, shared);
  let best: string | null = null;
  let bestDepth = Infinity;
  for (const id of shared) {
    if (older.has(id)) continue;
    const depth = Math.max(fromA.get(id)!, fromB.get(id)!);
    if (depth < bestDepth || (depth === bestDepth && best !== null && id < best)) {
      best = id;
      bestDepth = depth;
    }
  }
  return best;
}
