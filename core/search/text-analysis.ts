/**
 * How free text becomes search terms, the same way for what is indexed and what is typed:
 * words are folded (accents and case dropped: "detención" = "DETENCION"), common Spanish and
 * English words are skipped, and each word is reduced to its Spanish and its English stem
 * (Snowball, through @orama/stemmers), since a note may be written in either language or both.
 */
import { stemmer as englishStem } from '@orama/stemmers/english';
import { stemmer as spanishStem } from '@orama/stemmers/spanish';

/** Bumped whenever terms would come out differently: a persisted index of another version is rebuilt. */
export const ANALYZER_VERSION = 1;

const STOP_WORDS = new Set(
  (
    'a al ante con de del desde el en entre es esa ese eso esta este esto fue ha hay la las le les lo los mas me mi muy ni no nos o para pero por que se si sin su sus te tu un una uno unos y ya yo ' +
    'an and are as at be but by for from had has have he her his i if in is it its me my not of on or our she so than that the their them then there they this to us was we were what when which who will with you your'
  ).split(' '),
);

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export interface WordToken {
  /** Where the word starts and ends in the original text (UTF-16 offsets). */
  start: number;
  end: number;
  folded: string;
}

const ASCII = /^\p{ASCII}*$/u;

export function foldText(text: string): string {
  // Most words are plain ASCII: nothing to decompose, and lower case is the same in every locale.
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('und');
}

/** Every word of `text` with its place, as written. */
export function* rawWords(text: string): Generator<{ start: number; end: number; text: string }> {
  for (const match of text.matchAll(WORD)) {
    yield { start: match.index, end: match.index + match[0].length, text: match[0] };
  }
}

/** Every word of `text` with its place, folded. */
export function* words(text: string): Generator<WordToken> {
  for (const word of rawWords(text))
    yield { start: word.start, end: word.end, folded: foldText(word.text) };
}

export function isSearchable(folded: string): boolean {
  return folded.length > 1 && !STOP_WORDS.has(folded);
}

/** The terms a folded word is indexed under and matched by: its Spanish and English stems. */
export function stemsOf(folded: string): string[] {
  if (!isSearchable(folded)) return [];
  // Numbers and codes (A-numbers, dates) are kept whole.
  if (/\d/.test(folded)) return [folded];
  const es = spanishStem(folded);
  const en = englishStem(folded);
  return es === en ? [es] : [es, en];
}

/** One typed word: its stems, and the folded word itself when it may still be being typed. */
export interface QueryWord {
  folded: string;
  stems: string[];
  /** The last word of the query, still being typed: it also matches words that start with it. */
  prefix: boolean;
}

export const MIN_PREFIX = 3;

export function parseQuery(query: string): QueryWord[] {
  const all = [...words(query)].filter((word) => isSearchable(word.folded));
  const typingLast = !/[\s.,;:!?]$/.test(query);
  return all.map((word, index) => ({
    folded: word.folded,
    stems: stemsOf(word.folded),
    prefix: typingLast && index === all.length - 1 && word.folded.length >= MIN_PREFIX,
  }));
}

/** Does a folded word of a document match a typed word? (Used to place the snippet.) */
export function wordMatches(folded: string, query: QueryWord): boolean {
  if (query.prefix && folded.startsWith(query.folded)) return true;
  if (!isSearchable(folded)) return false;
  const stems = stemsOf(folded);
  return stems.some((stem) => query.stems.includes(stem));
}
