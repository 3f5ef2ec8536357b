import MiniSearch from 'minisearch';
import type { CaseSummary } from './case-summary';

interface Indexed {
  id: string;
  name: string;
  aNumber: string;
  reference: string;
}

/** Lower case without accents: "José" and "jose" match. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase();
}

/**
 * Search over names, aliases, A-numbers and references, held in memory only (names are never
 * indexed on disk; the index is rebuilt after unlock and dropped on lock).
 */
export class CaseSearchIndex {
  private readonly index = new MiniSearch<Indexed>({
    fields: ['name', 'aNumber', 'reference'],
    storeFields: [],
    processTerm: (term) => fold(term),
    searchOptions: {
      prefix: true,
      fuzzy: (term) => (term.length > 4 ? 0.2 : false),
      combineWith: 'AND',
    },
  });

  constructor(cases: readonly (CaseSummary & { aliases?: readonly string[] })[]) {
    this.index.addAll(
      cases.map((c) => ({
        id: c.id,
        name: [c.clientName, ...(c.aliases ?? [])].join(' '),
        aNumber: c.aNumber ? `${c.aNumber} ${c.aNumber.replace(/^0+/, '')}` : '',
        reference: c.reference,
      })),
    );
  }

  /** Ids of matching cases, best first. An A-number may be typed with `A`, spaces or dashes. */
  search(query: string): string[] {
    const trimmed = query.trim();
    if (!trimmed) return [];
    const digits = trimmed.replace(/^[Aa]/, '').replace(/[\s-]/g, '');
    const text = /^\d{3,9}$/.test(digits) ? digits : trimmed;
    return this.index.search(text).map((result) => String(result.id));
  }
}
