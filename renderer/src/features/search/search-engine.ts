import {
  ANALYZER_VERSION,
  foldText,
  rawWords,
  isSearchable,
  parseQuery,
  stemsOf,
  words,
  type QueryWord,
} from '@core/search/text-analysis';
import { decodeIndex, encodeIndex } from './index-codec';
import { Postings, type PostingList } from './postings';
import type { SearchAnswer, SearchDoc, SearchHit, SearchPart, SearchSnippet } from './search-types';

/** Bumped when the persisted form changes; with the analyzer's version, it names what a blob holds. */
export const INDEX_FORMAT = 4;
export const INDEX_VERSION = `${INDEX_FORMAT}.${ANALYZER_VERSION}`;

const SNIPPET_BEFORE = 60;
const SNIPPET_AFTER = 90;
/** BM25's usual constants; a match of the typed prefix only counts for less than a whole word. */
const K1 = 1.2;
const B = 0.7;
const PREFIX_WEIGHT = 0.3;

export interface Stored {
  source: SearchDoc['source'];
  caseId: string;
  stamp: string;
  text: string;
  parts: SearchPart[];
}

const stemCache = new Map<string, string[]>();
function cachedStems(folded: string): string[] {
  let stems = stemCache.get(folded);
  if (!stems) {
    if (stemCache.size > 100_000) stemCache.clear();
    stems = stemsOf(folded);
    stemCache.set(folded, stems);
  }
  return stems;
}

/** Each term of `text` (every word's stems) and how often it occurs; and the word count. */
function termsOf(text: string): [Map<string, number>, number] {
  const counts = new Map<string, number>();
  let length = 0;
  for (const word of words(text)) {
    for (const stem of cachedStems(word.folded)) {
      counts.set(stem, (counts.get(stem) ?? 0) + 1);
      length += 1;
    }
  }
  return [counts, length];
}

/**
 * The in-memory full-text index of one unlocked session (runs in the search worker). It keeps
 * each record's text for snippets; nothing here ever reaches storage except through the sealed
 * blob the main thread writes.
 *
 * Documents live in numbered slots; a replaced or removed document's slot is marked dead (see
 * postings.ts) and slots are renumbered when the index is compacted: before it is serialized,
 * and whenever the postings added since the last compaction outgrow a quarter of the rest.
 */
export class SearchEngine {
  private postings = new Postings();
  private slotIds: (string | null)[] = [];
  private slotDocs: (Stored | null)[] = [];
  private slotLengths: number[] = [];
  private readonly slotOf = new Map<string, number>();
  private totalLength = 0;
  private frozenPostings = 0;

  get size(): number {
    return this.slotOf.size;
  }

  upsert(doc: SearchDoc): void {
    this.kill(doc.id);
    const { id, text, ...rest } = doc;
    const [terms, length] = termsOf(text);
    const slot = this.slotIds.length;
    this.slotIds.push(id);
    this.slotDocs.push({ ...rest, text });
    this.slotLengths.push(length);
    this.slotOf.set(id, slot);
    this.totalLength += length;
    this.postings.add(slot, terms);
    if (this.postings.liveSize > Math.max(50_000, this.frozenPostings / 4)) this.compact();
  }

  remove(id: string): void {
    this.kill(id);
  }

  private kill(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.slotOf.delete(id);
    this.slotIds[slot] = null;
    this.slotDocs[slot] = null;
    this.totalLength -= this.slotLengths[slot]!;
  }

  removeCase(caseId: string): void {
    for (const [id, slot] of [...this.slotOf])
      if (this.slotDocs[slot]!.caseId === caseId) this.kill(id);
  }

  clear(): void {
    this.postings = new Postings();
    this.slotIds = [];
    this.slotDocs = [];
    this.slotLengths = [];
    this.slotOf.clear();
    this.totalLength = 0;
    this.frozenPostings = 0;
  }

  /** Drops dead slots and folds recent postings into the frozen tier. */
  compact(): void {
    const renumber = new Int32Array(this.slotIds.length).fill(-1);
    const ids: string[] = [];
    const docs: Stored[] = [];
    const lengths: number[] = [];
    this.slotIds.forEach((id, slot) => {
      if (id === null) return;
      renumber[slot] = ids.length;
      this.slotOf.set(id, ids.length);
      ids.push(id);
      docs.push(this.slotDocs[slot]!);
      lengths.push(this.slotLengths[slot]!);
    });
    this.postings.compact(renumber);
    this.slotIds = ids;
    this.slotDocs = docs;
    this.slotLengths = lengths;
    this.frozenPostings = this.postings.frozenView.slots.length;
  }

  /** Record id → stamp, for checking what a loaded index covers against what is stored. */
  stamps(): Map<string, string> {
    return new Map(Array.from(this.slotOf, ([id, slot]) => [id, this.slotDocs[slot]!.stamp]));
  }

  search(query: string, limit = 100): SearchAnswer {
    const typed = parseQuery(query);
    if (typed.length === 0) return { hits: [], total: 0 };
    const { top, total } = this.rank(typed, limit);
    const hits: SearchHit[] = [];
    for (const slot of top) {
      const id = this.slotIds[slot]!;
      const doc = this.slotDocs[slot]!;
      const snippet = snippetOf(doc.text, typed);
      const part =
        (snippet && doc.parts.find((p) => snippet.start >= p.start && snippet.start < p.end)) ??
        doc.parts[0];
      if (!part) continue;
      hits.push({ id, source: doc.source, caseId: doc.caseId, target: part.target, snippet });
    }
    return { hits, total };
  }

  /** Live slots holding every typed word, best first (BM25 over the words' terms). */
  private rank(typed: QueryWord[], limit: number): { top: number[]; total: number } {
    const slots = this.slotIds.length;
    const live = this.slotOf.size;
    const averageLength = live > 0 ? this.totalLength / live : 1;
    const score = new Float64Array(slots);
    const wordScore = new Float64Array(slots);
    const matched = new Uint8Array(slots);
    let survivors: number[] = [];
    for (const [index, word] of typed.entries()) {
      const lists: [PostingList[], number][] = word.stems.map((stem) => [
        this.postings.exact(stem),
        1,
      ]);
      if (word.prefix)
        for (const [term, found] of this.postings.prefixed(word.folded))
          if (!word.stems.includes(term)) lists.push([found, PREFIX_WEIGHT]);
      const touched: number[] = [];
      for (const [termLists, weight] of lists) {
        let frequency = 0;
        for (const list of termLists) frequency += list.to - list.from;
        const idf = Math.log(1 + (live - frequency + 0.5) / (frequency + 0.5));
        for (const list of termLists) {
          for (let p = list.from; p < list.to; p += 1) {
            const slot = list.slots[p]!;
            if (this.slotIds[slot] === null || matched[slot] !== index) continue;
            const tf = list.freqs[p]!;
            const norm = tf + K1 * (1 - B + (B * this.slotLengths[slot]!) / averageLength);
            if (wordScore[slot] === 0) touched.push(slot);
            wordScore[slot] = wordScore[slot]! + (weight * idf * (tf * (K1 + 1))) / norm + 1e-9;
          }
        }
      }
      survivors = [];
      for (const slot of touched) {
        matched[slot] = index + 1;
        score[slot] = score[slot]! + wordScore[slot]!;
        wordScore[slot] = 0;
        survivors.push(slot);
      }
      if (survivors.length === 0) return { top: [], total: 0 };
    }
    // Only the first `limit` need an order: cut at the limit-th best score (a native numeric sort).
    let kept = survivors;
    if (survivors.length > limit) {
      const scores = Float64Array.from(survivors, (slot) => -score[slot]!).sort();
      const cut = -scores[limit - 1]!;
      kept = survivors.filter((slot) => score[slot]! >= cut);
    }
    const top = kept.sort((a, b) => score[b]! - score[a]! || a - b).slice(0, limit);
    return { top, total: survivors.length };
  }

  serialize(): ArrayBuffer {
    this.compact();
    return encodeIndex({
      version: INDEX_VERSION,
      ids: this.slotIds as string[],
      docs: this.slotDocs as Stored[],
      lengths: this.slotLengths,
      frozen: this.postings.frozenView,
    });
  }

  /** Throws on anything but an intact index of this version (the caller then rebuilds). */
  static deserialize(bytes: ArrayBuffer): SearchEngine {
    const decoded = decodeIndex(bytes, INDEX_VERSION);
    const engine = new SearchEngine();
    engine.postings = new Postings(decoded.frozen);
    engine.slotIds = decoded.ids;
    engine.slotDocs = decoded.docs;
    engine.slotLengths = decoded.lengths;
    decoded.ids.forEach((id, slot) => engine.slotOf.set(id, slot));
    if (engine.slotOf.size !== decoded.ids.length) throw new Error('search index ids');
    engine.totalLength = decoded.lengths.reduce((sum, length) => sum + length, 0);
    engine.frozenPostings = decoded.frozen.slots.length;
    return engine;
  }
}

function matches(folded: string, typed: QueryWord[]): boolean {
  if (typed.some((word) => word.prefix && folded.startsWith(word.folded))) return true;
  if (!isSearchable(folded)) return false;
  const stems = cachedStems(folded);
  return typed.some((word) => word.stems.some((stem) => stems.includes(stem)));
}

/**
 * The first matching word of `text` with some words either side. A word whose first letter is
 * plain ASCII is folded and stemmed only when that letter begins a typed word or one of its
 * stems (Snowball's Spanish and English stemmers change only endings: a word and its stems
 * begin alike); a word starting with any other letter is always checked in full.
 */
export function snippetOf(text: string, typed: QueryWord[]): SearchSnippet | null {
  const firsts = new Set<number>();
  for (const word of typed)
    for (const term of [word.folded, ...word.stems]) firsts.add(term.charCodeAt(0));
  for (const raw of rawWords(text)) {
    const first = raw.text.charCodeAt(0);
    const lower = first >= 65 && first <= 90 ? first + 32 : first;
    if (lower < 128 && !firsts.has(lower)) continue;
    const word = { start: raw.start, end: raw.end, folded: foldText(raw.text) };
    if (!matches(word.folded, typed)) continue;
    let from = Math.max(0, word.start - SNIPPET_BEFORE);
    let to = Math.min(text.length, word.end + SNIPPET_AFTER);
    if (from > 0) from = text.indexOf(' ', from) + 1 || from;
    if (to < text.length)
      to = text.lastIndexOf(' ', to) > word.end ? text.lastIndexOf(' ', to) : to;
    const clean = (s: string) => s.replace(/\s+/g, ' ');
    return {
      before: (from > 0 ? '…' : '') + clean(text.slice(from, word.start)),
      match: text.slice(word.start, word.end),
      after: clean(text.slice(word.end, to)) + (to < text.length ? '…' : ''),
      start: word.start,
      end: word.end,
    };
  }
  return null;
}
