/**
 * Page side of the app's search benchmark (issue 23 item 4): the real SearchService, its Web
 * Worker and the encrypted store, over 1,000 cases and 20,000 notes of ~1 KB.
 *
 * - `searchAppSeed`: stores the cases and notes encrypted, builds the index from them (what an
 *   unlock with no sealed index does), times queries and saves, and seals the index.
 * - `searchAppCold` (a new browser on the same profile): unlocks and starts the index as the app
 *   does, timing until it answers from the sealed blob, while the real CasesPage renders; with
 *   `search: false` the case list alone (the baseline).
 */
import { createElement, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import MiniSearch from 'minisearch';
import { importAesKey } from '../../renderer/src/db/crypto/aes';
import { fromBase64, randomBytes, toBase64 } from '../../renderer/src/db/crypto/bytes';
import { KeyRing } from '../../renderer/src/db/crypto/keyring';
import { preloadCaseKeys } from '../../renderer/src/db/crypto/preload-case-keys';
import { getDatabase, setSessionKeyRing } from '../../renderer/src/db/database';
import { notesRepository } from '../../renderer/src/db/notes-repository';
import { CasesPage } from '../../renderer/src/features/cases/CasesPage';
import { fold } from '../../renderer/src/features/cases/case-search';
import { startWhenIdle } from '../../renderer/src/features/search/start-when-idle';
import { SearchService } from '../../renderer/src/features/search/search-service';
import { createI18n } from '../../renderer/src/i18n';
import { FIRST_ROWS } from '../../renderer/src/lib/useProgressiveCount';
import { distribution, type Distribution } from '../lib/stats';
import {
  noteTextGenerator,
  syntheticBenchCases,
  syntheticNoteRevisions,
} from '../lib/synthetic-data';
import '../../renderer/src/styles/app.css';

export interface SearchAppSeedResult {
  key: string;
  notes: number;
  seedMs: number;
  /** Unlock with no sealed index: every record read, decrypted and indexed (worker). */
  buildMs: number;
  /** Queries through the worker (round trip included). */
  query: Distribution;
  meanHits: number;
  /** Baseline in the same page: a plain MiniSearch over the same bodies, no stems, on this thread. */
  baselineBuildMs: number;
  baselineQuery: Distribution;
  /** Main-thread time of the index's work at each note save (turning the row into a record, posting it). */
  perSave: Distribution;
  /** The save itself (notesRepository.save: encrypted, outbox, strict), for scale. */
  save: Distribution;
  /** Sealing and storing the index: serialize (worker), seal, write. */
  persistMs: number;
  /** Median of 5 warm reads of every note's stamp: one `getAll`, and a key cursor. */
  stampsGetAllMs: number;
  stampsKeyCursorMs: number;
  sealedMegabytes: number;
}

function queries(count: number): string[] {
  const text = noteTextGenerator(13);
  return Array.from({ length: count }, (_, i) => {
    const words = Array.from({ length: 1 + (i % 3) }, () => text.word());
    return i % 3 === 2
      ? words[0]!.slice(0, Math.max(3, Math.ceil(words[0]!.length / 2)))
      : words.join(' ');
  });
}

export async function searchAppSeed(args: {
  cases?: number;
  notesPerCase?: number;
  queries?: number;
  saves?: number;
}): Promise<SearchAppSeedResult> {
  const raw = randomBytes(32);
  const key = toBase64(raw);
  setSessionKeyRing(new KeyRing(await importAesKey(raw)));
  const db = getDatabase();
  const files = syntheticBenchCases(args.cases ?? 1_000);
  const revisions = syntheticNoteRevisions(files, {
    perCase: args.notesPerCase ?? 20,
    revisionsPerNote: 1,
    bytes: 1_000,
    authorId: null,
  });
  const now = new Date().toISOString();
  let t0 = performance.now();
  for (let i = 0; i < files.length; i += 250) {
    await db.docs.bulkPut(
      files.slice(i, i + 250).map((file) => ({
        id: file.id,
        entity: 'case' as const,
        caseId: file.id,
        version: 1,
        doc: file as never,
        base: file as never,
        updatedAt: now,
      })),
    );
  }
  for (let i = 0; i < revisions.length; i += 1_000) {
    await db.noteRevisions.bulkPut(
      revisions.slice(i, i + 1_000).map((revision) => ({ ...revision, sealed: true })),
    );
  }
  const seedMs = performance.now() - t0;

  const service = new SearchService(getDatabase, { persistDelayMs: 3_600_000, channelName: null });
  t0 = performance.now();
  service.start();
  await service.ready;
  const buildMs = performance.now() - t0;

  const asked = queries(args.queries ?? 400);
  const times: number[] = [];
  let hits = 0;
  for (const query of asked) {
    const q0 = performance.now();
    const answer = await service.search(query, 100);
    times.push(performance.now() - q0);
    hits += answer.total;
  }

  const baseline = new MiniSearch<{ id: string; body: string }>({
    fields: ['body'],
    storeFields: [],
    processTerm: (term) => fold(term),
    searchOptions: { prefix: true, combineWith: 'AND' },
  });
  t0 = performance.now();
  baseline.addAll(revisions.map((r) => ({ id: r.id, body: r.body })));
  const baselineBuildMs = performance.now() - t0;
  const baselineTimes = asked.map((query) => {
    const q0 = performance.now();
    baseline.search(query);
    return performance.now() - q0;
  });

  // Saves as typing makes them: the index's main-thread share is timed inside its handler.
  const perSave: number[] = [];
  const handler = service.onChanges.bind(service);
  service.onChanges = (changes) => {
    const s0 = performance.now();
    handler(changes);
    perSave.push(performance.now() - s0);
  };
  const saveTimes: number[] = [];
  const text = noteTextGenerator(29);
  for (let i = 0; i < (args.saves ?? 200); i += 1) {
    const revision = revisions[(i * 97) % revisions.length]!;
    const s0 = performance.now();
    await notesRepository.save({
      noteId: revision.noteId,
      caseId: revision.caseId,
      body: `${revision.body} ${text.text(40)}`,
    });
    saveTimes.push(performance.now() - s0);
  }

  t0 = performance.now();
  await service.persist();
  const persistMs = performance.now() - t0;
  const sealed = await db.searchIndex.toArray();
  service.stop();
  const stampReads = await compareStampReads(db);
  db.close();
  return {
    key,
    notes: revisions.length,
    seedMs,
    buildMs,
    query: distribution(times),
    meanHits: hits / asked.length,
    baselineBuildMs,
    baselineQuery: distribution(baselineTimes),
    perSave: distribution(perSave),
    save: distribution(saveTimes),
    persistMs,
    ...stampReads,
    sealedMegabytes: (sealed[0]?.content.byteLength ?? 0) / 1024 / 1024,
  };
}

/** Every note's stamp (count and newest date), the app's way: one `getAll` of every revision. */
function stampsByGetAll(db: IDBDatabase): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = db.transaction('noteRevisions').objectStore('noteRevisions').getAll();
    request.onsuccess = () => {
      const notes = new Map<string, { count: number; newest: string }>();
      for (const row of request.result as { noteId: string; createdAt: string }[]) {
        const note = notes.get(row.noteId);
        if (!note) notes.set(row.noteId, { count: 1, newest: row.createdAt });
        else {
          note.count += 1;
          if (row.createdAt > note.newest) note.newest = row.createdAt;
        }
      }
      resolve(notes.size);
    };
    request.onerror = () => reject(request.error ?? new Error('read failed'));
  });
}

/** The same from the keys of the `[noteId+createdAt]` index alone (a key cursor, no row read). */
function stampsByKeyCursor(db: IDBDatabase): Promise<number> {
  return new Promise((resolve, reject) => {
    const notes = new Map<string, { count: number; newest: string }>();
    const store = db.transaction('noteRevisions').objectStore('noteRevisions');
    const request = store.index('[noteId+createdAt]').openKeyCursor();
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return resolve(notes.size);
      const [noteId, createdAt] = cursor.key as [string, string];
      const note = notes.get(noteId);
      if (note) {
        note.count += 1;
        note.newest = createdAt;
      } else notes.set(noteId, { count: 1, newest: createdAt });
      cursor.continue();
    };
    request.onerror = () => reject(request.error ?? new Error('read failed'));
  });
}

/** The two ways of reading the notes' stamps, interleaved on the same (warm) store. */
async function compareStampReads(
  db: ReturnType<typeof getDatabase>,
): Promise<{ stampsGetAllMs: number; stampsKeyCursorMs: number }> {
  const raw = db.backendDB();
  const times = { getAll: [] as number[], cursor: [] as number[] };
  for (let i = 0; i < 5; i += 1) {
    let t0 = performance.now();
    await stampsByGetAll(raw);
    times.getAll.push(performance.now() - t0);
    t0 = performance.now();
    await stampsByKeyCursor(raw);
    times.cursor.push(performance.now() - t0);
  }
  return {
    stampsGetAllMs: distribution(times.getAll).p50,
    stampsKeyCursorMs: distribution(times.cursor).p50,
  };
}

export interface SearchAppColdResult {
  /** Unlock to the first screenful of the case list painted (with the index loading meanwhile). */
  caseListUsableMs: number;
  /** Unlock to the index answering (loaded from the sealed blob). */
  indexUsableMs: number | null;
  /** Unlock to the index checked against the store (what changed since the seal brought in). */
  indexReconciledMs: number | null;
  firstQueryMs: number | null;
  fromSealed: boolean | null;
  reread: number | null;
  /** Phases of the sealed load (SearchService.lastLoad.ms). */
  readMs: number | null;
  loadMs: number | null;
  reconcileMs: number | null;
}

function rowsInDom(container: HTMLElement, count: number): Promise<number> {
  return new Promise((done) => {
    const check = () => container.querySelectorAll('table.case-table tbody tr').length >= count;
    if (check()) return done(performance.now());
    const observer = new MutationObserver(() => {
      if (!check()) return;
      observer.disconnect();
      done(performance.now());
    });
    observer.observe(container, { childList: true, subtree: true });
  });
}

const nextFrame = () =>
  new Promise<number>((done) =>
    requestAnimationFrame(() => setTimeout(() => done(performance.now()), 0)),
  );

/** Cold browser: unlock, render the case list, and (unless `search` is false) start the index. */
export async function searchAppCold(args: {
  key: string;
  search: boolean;
  startDelayMs?: number;
}): Promise<SearchAppColdResult> {
  const i18n = await createI18n('en');
  await getDatabase().open();
  const start = performance.now();
  const keyring = new KeyRing(await importAesKey(fromBase64(args.key)));
  setSessionKeyRing(keyring);
  void preloadCaseKeys(getDatabase(), keyring);
  const container = document.getElementById('root')!;
  const usable = rowsInDom(container, FIRST_ROWS).then(nextFrame);
  createRoot(container).render(
    createElement(
      StrictMode,
      null,
      createElement(
        I18nextProvider,
        { i18n },
        createElement(MemoryRouter, { initialEntries: ['/cases'] }, createElement(CasesPage)),
      ),
    ),
  );
  let index: Promise<[number, number, SearchService, number]> | null = null;
  if (args.search) {
    // As SearchProvider does: once the first screen has had the main thread (or after a fixed
    // delay, when one is given).
    index = new Promise((done) => {
      const begin = () => {
        const service = new SearchService(getDatabase, {
          persistDelayMs: 3_600_000,
          channelName: null,
        });
        service.start();
        void service.answering.then(async () => {
          const answering = performance.now();
          await service.search('hearing court', 100);
          const firstQuery = performance.now() - answering;
          await service.ready;
          done([answering, firstQuery, service, performance.now()]);
        });
      };
      if (args.startDelayMs !== undefined) setTimeout(begin, args.startDelayMs);
      else startWhenIdle(begin);
    });
  }
  const usableAt = await usable;
  const result: SearchAppColdResult = {
    caseListUsableMs: usableAt - start,
    indexUsableMs: null,
    indexReconciledMs: null,
    firstQueryMs: null,
    fromSealed: null,
    reread: null,
    readMs: null,
    loadMs: null,
    reconcileMs: null,
  };
  if (index) {
    const [answeringAt, firstQueryMs, service, reconciledAt] = await index;
    result.indexUsableMs = answeringAt - start;
    result.indexReconciledMs = reconciledAt - start;
    result.firstQueryMs = firstQueryMs;
    result.fromSealed = service.lastLoad?.fromSealed ?? null;
    result.reread = service.lastLoad?.reread ?? null;
    result.readMs = service.lastLoad?.ms.read ?? null;
    result.loadMs = service.lastLoad?.ms.load ?? null;
    result.reconcileMs = service.lastLoad?.ms.reconcile ?? null;
    service.stop();
  }
  return result;
}
