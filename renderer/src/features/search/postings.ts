/**
 * The inverted index under SearchEngine: term → (document slot, term frequency).
 *
 * Two tiers. A frozen tier of typed arrays (sorted terms, postings as one Uint32Array of slots
 * and one Uint16Array of frequencies) is what a sealed index stores and loads as is: no
 * per-term objects to rebuild at unlock. A live tier (plain arrays per term) takes what was
 * added since. Nothing is removed in place: a replaced or removed document's slot is marked
 * dead and skipped; `compact` folds the live tier into a new frozen one without the dead.
 */

export interface Frozen {
  /** Sorted as JavaScript sorts strings (UTF-16 code units). */
  terms: string[];
  /** Postings of terms[i] are at [starts[i], starts[i + 1]). */
  starts: Uint32Array;
  slots: Uint32Array;
  freqs: Uint16Array;
}

/** One term's postings: slots and frequencies side by side, and how many there are. */
export interface PostingList {
  slots: ArrayLike<number>;
  freqs: ArrayLike<number>;
  from: number;
  to: number;
}

interface LiveList {
  slots: number[];
  freqs: number[];
}

export const emptyFrozen = (): Frozen => ({
  terms: [],
  starts: new Uint32Array(1),
  slots: new Uint32Array(0),
  freqs: new Uint16Array(0),
});

/** First index in `terms` whose term is ≥ `term`. */
function lowerBound(terms: readonly string[], term: string): number {
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (terms[mid]! < term) low = mid + 1;
    else high = mid;
  }
  return low;
}

export class Postings {
  private live = new Map<string, LiveList>();
  private liveCount = 0;

  constructor(private frozen: Frozen = emptyFrozen()) {}

  /** Postings added since the last compaction (the engine compacts when it grows). */
  get liveSize(): number {
    return this.liveCount;
  }

  get frozenView(): Frozen {
    return this.frozen;
  }

  add(slot: number, termFreqs: Map<string, number>): void {
    for (const [term, freq] of termFreqs) {
      let list = this.live.get(term);
      if (!list) this.live.set(term, (list = { slots: [], freqs: [] }));
      list.slots.push(slot);
      list.freqs.push(Math.min(freq, 0xffff));
      this.liveCount += 1;
    }
  }

  /** Every posting list of `term`. */
  exact(term: string): PostingList[] {
    const found: PostingList[] = [];
    const { terms, starts, slots, freqs } = this.frozen;
    const at = lowerBound(terms, term);
    if (terms[at] === term) found.push({ slots, freqs, from: starts[at]!, to: starts[at + 1]! });
    const list = this.live.get(term);
    if (list) found.push({ slots: list.slots, freqs: list.freqs, from: 0, to: list.slots.length });
    return found;
  }

  /** Every term starting with `prefix`, with its posting lists. */
  prefixed(prefix: string): [string, PostingList[]][] {
    const found = new Map<string, PostingList[]>();
    const { terms, starts, slots, freqs } = this.frozen;
    for (let i = lowerBound(terms, prefix); i < terms.length; i += 1) {
      const term = terms[i]!;
      if (!term.startsWith(prefix)) break;
      found.set(term, [{ slots, freqs, from: starts[i]!, to: starts[i + 1]! }]);
    }
    for (const [term, list] of this.live) {
      if (!term.startsWith(prefix)) continue;
      const lists = found.get(term) ?? [];
      lists.push({ slots: list.slots, freqs: list.freqs, from: 0, to: list.slots.length });
      found.set(term, lists);
    }
    return [...found];
  }

  /**
   * Folds both tiers into one frozen tier, keeping only slots that `renumber` maps (to their new
   * number; -1 drops the slot). Renumbering is monotonic, so postings stay in slot order.
   */
  compact(renumber: Int32Array): void {
    const old = this.frozen;
    const liveTerms = [...this.live.keys()].sort();
    const terms: string[] = [];
    const starts: number[] = [0];
    const upper = old.slots.length + this.liveCount;
    const outSlots = new Uint32Array(upper);
    const outFreqs = new Uint16Array(upper);
    let written = 0;
    const copy = (slots: ArrayLike<number>, freqs: ArrayLike<number>, from: number, to: number) => {
      for (let p = from; p < to; p += 1) {
        const slot = renumber[slots[p]!]!;
        if (slot < 0) continue;
        outSlots[written] = slot;
        outFreqs[written] = freqs[p]!;
        written += 1;
      }
    };
    let i = 0;
    let j = 0;
    while (i < old.terms.length || j < liveTerms.length) {
      const a = old.terms[i];
      const b = liveTerms[j];
      const term = b === undefined || (a !== undefined && a <= b) ? a! : b;
      const before = written;
      if (a === term) {
        copy(old.slots, old.freqs, old.starts[i]!, old.starts[i + 1]!);
        i += 1;
      }
      if (b === term) {
        const list = this.live.get(term)!;
        copy(list.slots, list.freqs, 0, list.slots.length);
        j += 1;
      }
      if (written === before) continue;
      terms.push(term);
      starts.push(written);
    }
    this.frozen = {
      terms,
      starts: Uint32Array.from(starts),
      slots: outSlots.slice(0, written),
      freqs: outFreqs.slice(0, written),
    };
    this.live = new Map();
    this.liveCount = 0;
  }
}
