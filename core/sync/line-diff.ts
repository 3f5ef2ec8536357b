/**
 * Line diff (Myers, O(ND)) with a bound on the number of edits, because an unbounded diff of two
 * large, very different notes can freeze the app (a failure Joplin had to fix).
 */
export interface Hunk {
  /** Replaced base lines are [start, end); an insertion has start === end. */
  start: number;
  end: number;
  lines: string[];
}

export function splitLines(text: string): string[] {
  return text === '' ? [] : text.split('\n');
}

/** Edits from `a` to `b` as hunks, or null when more than `maxEdits` insertions/deletions are needed. */
export function diffLines(
  a: readonly string[],
  b: readonly string[],
  maxEdits = 5000,
): Hunk[] | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d += 1) {
    // Only the diagonals reachable at this depth are kept: [-d-1, d+1].
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!)
          ? v[offset + k + 1]!
          : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x += 1;
        y += 1;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  if (!found) return null;
  // Walk back through the trace to recover the edit script.
  const ops: Array<{ kind: 'keep' | 'del' | 'ins'; ai: number; bi: number }> = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d -= 1) {
    const prev = trace[d]!;
    const at = (diagonal: number) => prev[diagonal + d + 1]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push({ kind: 'keep', ai: x - 1, bi: y - 1 });
      x -= 1;
      y -= 1;
    }
    if (x === prevX) ops.push({ kind: 'ins', ai: x, bi: y - 1 });
    else ops.push({ kind: 'del', ai: x - 1, bi: y });
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    ops.push({ kind: 'keep', ai: x - 1, bi: y - 1 });
    x -= 1;
    y -= 1;
  }
  ops.reverse();
  const hunks: Hunk[] = [];
  let current: Hunk | null = null;
  let ai = 0;
  for (const op of ops) {
    if (op.kind === 'keep') {
      if (current) hunks.push(current);
      current = null;
      ai = op.ai + 1;
      continue;
    }
    current ??= { start: ai, end: ai, lines: [] };
    if (op.kind === 'del') {
      current.end = op.ai + 1;
      ai = op.ai + 1;
    } else current.lines.push(b[op.bi]!);
  }
  if (current) hunks.push(current);
  return hunks;
}
