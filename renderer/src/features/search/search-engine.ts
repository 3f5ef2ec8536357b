import {
  ANALYZER_VERSION,
  isSearchable,
  parseQuery,
  stemsOf,
  words,
  type QueryWord,
} from '@core/search/text-analysis';
import MiniSearch, { type Query } from 'minisearch';
import type { SearchAnswer, SearchDoc, SearchHit, SearchPart, SearchSnippet } from './search-types';

/** Bumped when the persisted form changes; with the analyzer's version, it names what a blob holds. */
export const INDEX_FORMAT = 1;
export const INDEX_VERSION = `${INDEX_FORMAT}.${ANALYZER_VERSION}`;

const SNIPPET_BEFORE = 60;
const SNIPPET_AFTER = 90;

interface Stored {
  source: SearchDoc['source'];
  caseId: string;
  stamp: string;
  text: string;
  parts: SearchPart[];
}

interface Persisted {
  version: string;
  docs: [string, Stored][];
  index: unknown;
}

const options = {
  fields: ['text'],
  storeFields: [],
  tokenize: (text: string) => Array.from(words(text), (word) => word.folded),
  processTerm: (term: string) => stemsOf(term),
  searchOptions: { tokenize: (text: string) => [text], processTerm: (term: string) => term },
};

function toQuery(typed: QueryWord[]): Query {
  return {
    combineWith: 'AND',
    queries: typed.map((word) => ({
      combineWith: 'OR',
      queries: [
        ...word.stems,
        ...(word.prefix ? [{ queries: [word.folded], prefix: true } as Query] : []),
      ],
    })),
  };
}

/**
 * The in-memory full-text index of one unlocked session (runs in the search worker). It keeps
 * each record's text for snippets; nothing here ever reaches storage except through the sealed
 * blob the main thread writes.
 */
export class SearchEngine {
  private index = new MiniSearch<{ id: string; text: string }>(options);
  private readonly docs = new Map<string, Stored>();

  get size(): number {
    return this.docs.size;
  }

  upsert(doc: SearchDoc): void {
    if (this.docs.has(doc.id)) this.index.discard(doc.id);
    const { id, text, ...rest } = doc;
    this.docs.set(id, { ...rest, text });
    this.index.add({ id, text });
  }

  remove(id: string): void {
    if (!this.docs.delete(id)) return;
    this.index.discard(id);
  }

  removeCase(caseId: string): void {
    for (const [id, doc] of this.docs) if (doc.caseId === caseId) this.remove(id);
  }

  clear(): void {
    this.index = new MiniSearch(options);
    this.docs.clear();
  }

  /** Record id → stamp, for checking what a loaded index covers against what is stored. */
  stamps(): Map<string, string> {
    return new Map(Array.from(this.docs, ([id, doc]) => [id, doc.stamp]));
  }

  search(query: string, limit = 100): SearchAnswer {
    const typed = parseQuery(query);
    if (typed.length === 0) return { hits: [], total: 0 };
    const results = this.index.search(toQuery(typed));
    const hits: SearchHit[] = [];
    for (const result of results.slice(0, limit)) {
      const id = result.id as string;
      const doc = this.docs.get(id);
      if (!doc) continue;
      const snippet = snippetOf(doc.text, typed);
      const part =
        (snippet && doc.parts.find((p) => snippet.start >= p.start && snippet.start < p.end)) ??
        doc.parts[0];
      if (!part) continue;
      hits.push({ id, source: doc.source, caseId: doc.caseId, target: part.target, snippet });
    }
    return { hits, total: results.length };
  }

  serialize(): string {
    const persisted: Persisted = {
      version: INDEX_VERSION,
      docs: [...this.docs],
      index: this.index.toJSON(),
    };
    return JSON.stringify(persisted);
  }

  /** Throws on anything but an index of this version (the caller then rebuilds). */
  static deserialize(json: string): SearchEngine {
    const persisted = JSON.parse(json) as Persisted;
    if (persisted?.version !== INDEX_VERSION || !Array.isArray(persisted.docs))
      throw new Error('search index version');
    const engine = new SearchEngine();
    engine.index = MiniSearch.loadJS(persisted.index as never, options);
    for (const [id, doc] of persisted.docs) engine.docs.set(id, doc);
    if (engine.index.documentCount !== engine.docs.size) throw new Error('search index count');
    return engine;
  }
}

const stemCache = new Map<string, string[]>();
function cachedStems(folded: string): string[] {
  let stems = stemCache.get(folded);
  if (!stems) {
    if (stemCache.size > 50_000) stemCache.clear();
    stems = stemsOf(folded);
    stemCache.set(folded, stems);
  }
  return stems;
}

function matches(folded: string, typed: QueryWord[]): boolean {
  if (typed.some((word) => word.prefix && folded.startsWith(word.folded))) return true;
  if (!isSearchable(folded)) return false;
  const stems = cachedStems(folded);
  return typed.some((word) => word.stems.some((stem) => stems.includes(stem)));
}

/** The first matching word of `text` with some words either side. */
export function snippetOf(text: string, typed: QueryWord[]): SearchSnippet | null {
  for (const word of words(text)) {
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
