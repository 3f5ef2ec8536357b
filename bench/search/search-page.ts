/**
 * Page side of the search benchmark (issue 4, ARCHITECTURE §8): the case list's CaseSearchIndex
 * over 1,000 cases, and an in-memory MiniSearch over 20,000 note bodies (~1 KB each), both as
 * they would run after unlock. Queries mix names, name prefixes, misspellings (fuzzy), A-numbers
 * typed in several ways, references and words that match nothing.
 */
import { summarizeCaseFile } from '@core/cases/case-summary';
import MiniSearch from 'minisearch';
import { CaseSearchIndex, fold } from '../../renderer/src/features/cases/case-search';
import { summarizeCase } from '../../renderer/src/features/cases/case-summary';
import { distribution, type Distribution } from '../lib/stats';
import { noteTextGenerator, seededRandom, syntheticBenchCases } from '../lib/synthetic-data';

export interface SearchResult {
  cases: { count: number; buildMs: number; query: Distribution; meanHits: number };
  notes: {
    count: number;
    megabytes: number;
    buildMs: number;
    query: Distribution;
    meanHits: number;
  };
}

function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const value = fn();
  return [value, performance.now() - t0];
}

function caseQueries(files: ReturnType<typeof syntheticBenchCases>, count: number): string[] {
  const random = seededRandom(99);
  const pick = () => files[Math.floor(random() * files.length)]!;
  const queries: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const file = pick();
    const family = file.identity.familyName;
    const a = file.identity.aNumber!;
    switch (i % 8) {
      case 0:
        queries.push(family.slice(0, 3));
        break;
      case 1:
        queries.push(`${file.identity.givenNames.split(' ')[0]} ${family}`);
        break;
      case 2:
        queries.push(`A${a.slice(0, 3)}-${a.slice(3, 6)}-${a.slice(6)}`);
        break;
      case 3:
        queries.push(a.slice(0, 5));
        break;
      case 4:
        queries.push(file.reference);
        break;
      case 5:
        // One letter changed: only the fuzzy match finds it.
        queries.push(family.slice(0, 2) + 'x' + family.slice(3));
        break;
      case 6:
        queries.push(family.slice(0, 1));
        break;
      default:
        queries.push('Zzyzx Nobody');
    }
  }
  return queries;
}

export async function search(args: {
  cases?: number;
  notes?: number;
  noteBytes?: number;
  queries?: number;
}): Promise<SearchResult> {
  const queryCount = args.queries ?? 400;
  const files = syntheticBenchCases(args.cases ?? 1_000);
  const today = new Date().toISOString().slice(0, 10);
  const summaries = files.map((file) => ({
    ...summarizeCase(summarizeCaseFile(file, [], today), {
      unsyncedChanges: 0,
      reviewItems: 0,
      nearestDeadline: null,
    }),
    aliases: file.identity.aliases,
  }));
  const [caseIndex, caseBuildMs] = time(() => new CaseSearchIndex(summaries));
  const caseTimes: number[] = [];
  let caseHits = 0;
  for (const query of caseQueries(files, queryCount)) {
    const [hits, ms] = time(() => caseIndex.search(query));
    caseTimes.push(ms);
    caseHits += hits.length;
  }

  const noteCount = args.notes ?? 20_000;
  const text = noteTextGenerator(13);
  const notes = Array.from({ length: noteCount }, (_, i) => ({
    id: String(i),
    body: text.text(args.noteBytes ?? 1_000),
  }));
  const megabytes = notes.reduce((n, note) => n + note.body.length, 0) / 1024 / 1024;
  const noteIndex = new MiniSearch<{ id: string; body: string }>({
    fields: ['body'],
    storeFields: [],
    processTerm: (term) => fold(term),
    searchOptions: {
      prefix: true,
      fuzzy: (term) => (term.length > 4 ? 0.2 : false),
      combineWith: 'AND',
    },
  });
  const [, noteBuildMs] = time(() => noteIndex.addAll(notes));
  const noteTimes: number[] = [];
  let noteHits = 0;
  for (let i = 0; i < queryCount; i += 1) {
    const words = Array.from({ length: 1 + (i % 3) }, () => text.word());
    // Every third query is a word being typed (a prefix).
    const query =
      i % 3 === 2
        ? words[0]!.slice(0, Math.max(2, Math.ceil(words[0]!.length / 2)))
        : words.join(' ');
    const [hits, ms] = time(() => noteIndex.search(query));
    noteTimes.push(ms);
    noteHits += hits.length;
  }
  return {
    cases: {
      count: files.length,
      buildMs: caseBuildMs,
      query: distribution(caseTimes),
      meanHits: caseHits / caseTimes.length,
    },
    notes: {
      count: noteCount,
      megabytes,
      buildMs: noteBuildMs,
      query: distribution(noteTimes),
      meanHits: noteHits / noteTimes.length,
    },
  };
}
