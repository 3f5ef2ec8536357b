/**
 * Deterministic synthetic data for the benchmarks: case files built on core's synthetic fixture
 * and note text made of invented words. Every name, number and word is generated; none belongs
 * to a real person. Pure (no DOM, no Node): the server seeding and the bench page share it.
 */
import type { CaseFile } from '@core/domain/case-file';
import { syntheticCaseFile } from '@core/domain/case-file.fixture';
import type { NoteRevision } from '@core/domain/note-revision';

/** mulberry32: a small seeded PRNG, so every run stores the same data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A valid v4 UUID from the generator. */
export function randomUuid(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(random() * 4)]!;
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

// prettier-ignore
const syllables = [
  'ba', 'be', 'bo', 'ca', 'co', 'da', 'de', 'do', 'fa', 'fe', 'ga', 'go', 'la', 'le', 'li', 'lo',
  'ma', 'me', 'mi', 'mo', 'na', 'ne', 'no', 'pa', 'pe', 'ra', 're', 'ri', 'ro', 'sa', 'se', 'so',
  'ta', 'te', 'to', 'va', 've', 'za', 'zu', 'qui', 'tel', 'mar', 'lin', 'dor', 'ves', 'ran',
];

function pseudoWord(random: () => number, parts: number): string {
  let word = '';
  for (let i = 0; i < parts; i += 1) word += syllables[Math.floor(random() * syllables.length)];
  return word;
}

const capital = (word: string) => word[0]!.toUpperCase() + word.slice(1);

function isoDay(base: Date, offsetDays: number): string {
  return new Date(base.getTime() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/**
 * `count` distinct synthetic case files (~4 KB of JSON each), hearings around `today`. Like core's
 * fixture, each has a trip abroad in 2012 unless `trips` is false (the trip matters: it makes the
 * continuous-presence clock scan day by day, see docs/performance.md).
 */
export function syntheticBenchCases(
  count: number,
  options: { today?: Date; seed?: number; trips?: boolean } = {},
): CaseFile[] {
  const today = options.today ?? new Date();
  const random = seededRandom(options.seed ?? 42);
  const template = syntheticCaseFile();
  return Array.from({ length: count }, (_, n) => {
    const familyName = capital(pseudoWord(random, 3));
    const givenNames = `${capital(pseudoWord(random, 2))} ${capital(pseudoWord(random, 2))}`;
    const detained = n % 3 === 0;
    return {
      ...template,
      id: randomUuid(random),
      reference: `BENCH-2026-${String(n + 1).padStart(4, '0')}`,
      identity: {
        ...template.identity,
        familyName,
        givenNames,
        aliases: [`${capital(pseudoWord(random, 2))} ${familyName}`],
        aNumber: `2${String(10_000_000 + n * 7919).slice(-8)}`,
      },
      hearings: template.hearings.map((hearing, i) => ({
        ...hearing,
        date: isoDay(today, (n % 120) + i * 30 - 10),
      })),
      custody: detained
        ? {
            ...template.custody,
            status: 'detained',
            facility: `${capital(pseudoWord(random, 2))} Processing Center`,
          }
        : template.custody,
      departures: options.trips === false ? [] : template.departures,
      flags: { ...template.flags, asylumProtected: n % 4 === 0 },
    } satisfies CaseFile;
  });
}

/**
 * Note text of about `bytes` bytes: common interview words (Zipf-like) mixed with invented rare
 * words, so that a search has both long and short posting lists.
 */
export function noteTextGenerator(seed = 7) {
  const random = seededRandom(seed);
  // prettier-ignore
  const common = [
    'client', 'hearing', 'court', 'judge', 'asylum', 'detention', 'bond', 'family', 'interview',
    'interpreter', 'document', 'passport', 'border', 'entry', 'removal', 'relief', 'fear',
    'persecution', 'cancellation', 'hardship', 'children', 'school', 'medical', 'letter',
    'evidence', 'witness', 'declaration', 'sponsor', 'release', 'parole', 'officer', 'notice',
    'appear', 'filed', 'pending', 'deadline', 'motion', 'continue', 'translation', 'records',
    'the', 'and', 'with', 'that', 'said', 'was', 'for', 'her', 'his', 'they', 'before', 'after',
  ];
  const rare = Array.from({ length: 5_000 }, () =>
    pseudoWord(random, 2 + Math.floor(random() * 3)),
  );
  const vocabulary = [...common, ...rare];
  const word = () => vocabulary[Math.floor(vocabulary.length * random() ** 3)]!;
  return {
    vocabulary,
    word,
    text(bytes: number): string {
      const words: string[] = [];
      let length = 0;
      while (length < bytes) {
        const next = word();
        words.push(next);
        length += next.length + 1;
      }
      return words.join(' ');
    },
  };
}

/**
 * `perCase` note revisions of about `bytes` bytes for each case: notes of `revisionsPerNote`
 * revisions, each revision's parent the one before (as typing and syncing produce them).
 */
export function syntheticNoteRevisions(
  cases: readonly Pick<CaseFile, 'id'>[],
  options: { perCase: number; revisionsPerNote: number; bytes: number; authorId: string | null },
  seed = 11,
): NoteRevision[] {
  const random = seededRandom(seed);
  const text = noteTextGenerator(seed + 1);
  const revisions: NoteRevision[] = [];
  const start = Date.parse('2026-01-05T15:00:00Z');
  for (const file of cases) {
    let parent: string | null = null;
    let noteId = '';
    for (let i = 0; i < options.perCase; i += 1) {
      if (i % options.revisionsPerNote === 0) {
        noteId = randomUuid(random);
        parent = null;
      }
      const id = randomUuid(random);
      revisions.push({
        id,
        noteId,
        caseId: file.id,
        parentIds: parent ? [parent] : [],
        body: text.text(options.bytes),
        authorId: options.authorId,
        deviceId: null,
        createdAt: new Date(start + revisions.length * 60_000).toISOString(),
        state: 'draft',
      });
      parent = id;
    }
  }
  return revisions;
}
