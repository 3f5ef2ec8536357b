/**
 * Page side of the case-list benchmark (issue 4): 1,000 synthetic cases stored encrypted under a
 * real vault (Argon2id calibrated on this machine, as on first run); then, in a cold browser (new
 * process, same profile), the time from pressing Unlock (the passphrase's key derivation
 * included, timed apart too) to the real CasesPage showing every row: load, decrypt, summaries,
 * search index and React render.
 */
import { createElement, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import Dexie from 'dexie';
import { summarizeCaseFile } from '@core/cases/case-summary';
import type { CaseFile } from '@core/domain/case-file';
import type { ManualDeadline } from '@core/domain/case-records';
import { wipe } from '../../renderer/src/db/crypto/bytes';
import { preloadCaseKeys } from '../../renderer/src/db/crypto/preload-case-keys';
import { DATABASE_NAME, getDatabase, setSessionKeyRing } from '../../renderer/src/db/database';
import {
  documentsRepository,
  pendingCountsByCase,
} from '../../renderer/src/db/documents-repository';
import { reviewCountsByCase } from '../../renderer/src/db/sync-review-repository';
import { attentionOf } from '../../renderer/src/features/agenda/case-attention';
import { CasesPage } from '../../renderer/src/features/cases/CasesPage';
import { FIRST_ROWS } from '../../renderer/src/lib/useProgressiveCount';
import { CaseSearchIndex } from '../../renderer/src/features/cases/case-search';
import { sortSummaries, summarizeCase } from '../../renderer/src/features/cases/case-summary';
import { createI18n } from '../../renderer/src/i18n';
import { todayInChicago } from '../../renderer/src/lib/format';
import { createVault, unlockVault } from '../../renderer/src/db/vault';
import { syntheticBenchCases } from '../lib/synthetic-data';
// The app's styles, so that layout and paint are the real table's.
import '../../renderer/src/styles/app.css';

export const BENCH_PASSPHRASE = 'correct horse battery staple bench';

/**
 * Creates the vault as first run does (Argon2id calibrated here, no device secret, as in web
 * mode) and stores `count` cases as if synced (version 1, nothing pending), encrypted.
 */
export async function caseListSeed(args: {
  count: number;
  trips: boolean;
}): Promise<{ passphrase: string; ms: number }> {
  const db = getDatabase();
  await db.open();
  setSessionKeyRing(await createVault(db, BENCH_PASSPHRASE, { deviceSecret: null }));
  const files = syntheticBenchCases(args.count, { trips: args.trips });
  const now = new Date().toISOString();
  const t0 = performance.now();
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
  const ms = performance.now() - t0;
  db.close();
  return { passphrase: BENCH_PASSPHRASE, ms };
}

/** Unlocks as the lock screen's Unlock button does: Argon2id with the vault's parameters. */
async function pressUnlock(passphrase: string) {
  const result = await unlockVault(getDatabase(), passphrase, null);
  if (!result.ok) throw new Error('the bench passphrase did not unlock the vault');
  wipe(result.raw);
  return result.keyring;
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

export interface CaseListColdResult {
  /**
   * From pressing Unlock (key derivation included) to the first screenful of rows in the DOM and
   * painted (the list renders its first rows at once and the rest after each paint; search and
   * filters cover every case from the start): the target figure.
   */
  unlockToUsableMs: number;
  /** Of which the passphrase's key derivation and the data key's unwrapping (unlockVault). */
  derivationMs: number;
  /** From pressing Unlock to all `count` rows in the DOM. */
  unlockToRowsMs: number;
  /** The same plus the next frame (layout and paint of the table). */
  unlockToFrameMs: number;
  /** From navigation start (bundle download, parse, evaluation included) to rows in the DOM. */
  navigationToRowsMs: number;
  /** Opening the database before unlock (the lock screen does it to read the vault). */
  databaseOpenMs: number;
  rows: number;
}

/** Runs in a cold browser: unlock, then render CasesPage as the app does, until every row is in. */
export async function caseListCold(args: {
  passphrase: string;
  count: number;
}): Promise<CaseListColdResult> {
  // As in the app: the lock screen already has i18n and the open database (it read the vault).
  const i18n = await createI18n('en');
  const opening = performance.now();
  await getDatabase().open();
  const databaseOpenMs = performance.now() - opening;
  const start = performance.now();
  const keyring = await pressUnlock(args.passphrase);
  const derivationMs = performance.now() - start;
  setSessionKeyRing(keyring);
  void preloadCaseKeys(getDatabase(), keyring); // as the app's session does on unlock
  const container = document.getElementById('root')!;
  const usable = rowsInDom(container, Math.min(FIRST_ROWS, args.count)).then(nextFrame);
  const rendered = rowsInDom(container, args.count);
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
  const usableAt = await usable;
  const rowsAt = await rendered;
  const frameAt = await nextFrame();
  return {
    unlockToUsableMs: usableAt - start,
    derivationMs,
    unlockToRowsMs: rowsAt - start,
    unlockToFrameMs: frameAt - start,
    navigationToRowsMs: rowsAt,
    databaseOpenMs,
    rows: container.querySelectorAll('table.case-table tbody tr').length,
  };
}

export interface CaseListBreakdown {
  /** Cold: the four reads of useCaseSummaries (cases, pending counts, deadlines, review counts). */
  loadAndDecryptMs: number;
  /** caseAttention (deadlines, without presence clocks) and summarizeCase for every case. */
  summariesMs: number;
  sortMs: number;
  searchIndexMs: number;
  /** Warm, for comparison: the same case rows read raw (ciphertext, no middleware)... */
  rawReadWarmMs: number;
  /** ...and read and decrypted again. */
  decryptingReadWarmMs: number;
  storedBytes: number;
}

/** The steps of the cold start timed one by one (as useCaseSummaries and CasesPage run them). */
export async function caseListBreakdown(args: { passphrase: string }): Promise<CaseListBreakdown> {
  await getDatabase().open();
  setSessionKeyRing(await pressUnlock(args.passphrase));
  let t0 = performance.now();
  const [rows, pending, deadlines, review] = await Promise.all([
    documentsRepository.listByEntity('case'),
    pendingCountsByCase(),
    documentsRepository.listByEntity('deadline'),
    reviewCountsByCase(),
  ]);
  const loadAndDecryptMs = performance.now() - t0;

  t0 = performance.now();
  const today = todayInChicago();
  const manual = new Map<string, ManualDeadline[]>();
  for (const row of deadlines) {
    const doc = row.doc as unknown as ManualDeadline;
    manual.set(doc.caseId, [...(manual.get(doc.caseId) ?? []), doc]);
  }
  const summaries = rows.map((row) => {
    const file = row.doc as unknown as CaseFile;
    const core = summarizeCaseFile(file, manual.get(file.id) ?? [], today);
    const attention = attentionOf(core, 'en');
    return {
      ...summarizeCase(core, {
        unsyncedChanges: pending.get(file.id) ?? 0,
        reviewItems: attention.overdue + (review.get(file.id) ?? 0),
        nearestDeadline: attention.nearestDeadline,
      }),
      aliases: file.identity.aliases,
    };
  });
  const summariesMs = performance.now() - t0;

  t0 = performance.now();
  sortSummaries(summaries, 'nextHearing');
  const sortMs = performance.now() - t0;

  t0 = performance.now();
  new CaseSearchIndex(summaries);
  const searchIndexMs = performance.now() - t0;

  const raw = new Dexie(DATABASE_NAME);
  await raw.open();
  t0 = performance.now();
  const sealed = await raw.table('docs').where('entity').equals('case').toArray();
  const rawReadWarmMs = performance.now() - t0;
  // Format 2 keeps `base` in its own ciphertext under `parts`: both count.
  type StoredRow = { enc?: { ct: ArrayBuffer }; parts?: Record<string, { ct: ArrayBuffer }> };
  const storedBytes = sealed.reduce(
    (n: number, row: StoredRow) =>
      n +
      (row.enc?.ct.byteLength ?? 0) +
      Object.values(row.parts ?? {}).reduce((m, part) => m + part.ct.byteLength, 0),
    0,
  );
  raw.close();

  t0 = performance.now();
  await documentsRepository.listByEntity('case');
  const decryptingReadWarmMs = performance.now() - t0;

  return {
    loadAndDecryptMs,
    summariesMs,
    sortMs,
    searchIndexMs,
    rawReadWarmMs,
    decryptingReadWarmMs,
    storedBytes,
  };
}
