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

/** The nearest revision both heads descend from, or null when they share none. */
export function commonAncestor(
  revisions: readonly RevisionLink[],
  a: string,
  b: string,
): string | null {
  const byId = new Map(revisions.map((r) => [r.id, r]));
  const fromA = ancestors(byId, a);
  const fromB = ancestors(byId, b);
  let best: string | null = null;
  let bestDepth = Infinity;
  for (const [id, depthA] of fromA) {
    const depthB = fromB.get(id);
    if (depthB === undefined) continue;
    const depth = Math.max(depthA, depthB);
    if (depth < bestDepth || (depth === bestDepth && best !== null && id < best)) {
      best = id;
      bestDepth = depth;
    }
  }
  return best;
}
