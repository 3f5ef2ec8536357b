/**
 * After a pull: compare the cases the pages gave checksums for, and about once a day every case
 * (`GET /v1/sync/checksums`); fetch again each case whose copy here differs, lay this laptop's
 * own waiting work on top, and count what was found and repaired in the sync state (shown on the
 * Sync page). A difference is never repaired silently, and a re-fetch never overwrites work the
 * server has not seen (`applyCaseSnapshot`).
 */
import type { CaseChecksum, Change } from '@core/sync/sync-api-schemas';
import type { AmparoDatabase } from '../db/database';
import { applyCaseSnapshot, localCaseChecksum, mismatchedCases } from '../db/sync-checksum';
import { readSyncState, updateSyncState } from '../db/sync-state';
import type { Transport } from './http-transport';

export const DEFAULT_VERIFY_EVERY_MS = 24 * 60 * 60 * 1000;
const MAX_ATTEMPTS = 3;
const MAX_PAGES = 10_000;

/** The latest checksum per case from this run's pages (a later page's rows void an earlier one). */
export class PageChecksums {
  private readonly byCase = new Map<string, string>();

  add(
    changes: readonly Change[],
    checksums: readonly CaseChecksum[] = [],
    revocations: readonly string[] = [],
  ): void {
    for (const change of changes) this.byCase.delete(change.caseId);
    for (const caseId of revocations) this.byCase.delete(caseId);
    for (const { caseId, checksum } of checksums) this.byCase.set(caseId, checksum);
  }

  take(): CaseChecksum[] {
    const list = [...this.byCase].map(([caseId, checksum]) => ({ caseId, checksum }));
    this.byCase.clear();
    return list;
  }
}

type Outcome = 'repaired' | 'unrepaired' | 'gone';

async function refetch(db: AmparoDatabase, transport: Transport, caseId: string): Promise<Outcome> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    // Another window may pull while the pages are read: they are laid only if it did not.
    const { cursor } = await readSyncState(db);
    const changes: Change[] = [];
    let after: string | null = null;
    let first: number | null = null;
    let last = { checksum: null as string | null, lastSeq: 0 };
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const response = await transport.caseSnapshot!(caseId, after);
      first ??= response.lastSeq;
      last = response;
      changes.push(...response.changes);
      if (response.next === null) break;
      after = response.next;
    }
    // Not visible to this attorney any more: the pull's revocation removes it.
    if (last.checksum === null) return 'gone';
    // Changed while its pages were read: the rows may mix two states; read it again.
    if (first !== last.lastSeq) continue;
    // Pulled meanwhile: this copy may hold rows newer than these pages; read them again.
    if (!(await applyCaseSnapshot(db, caseId, changes, { from: cursor }))) continue;
    const local = await localCaseChecksum(db, caseId);
    // Work typed meanwhile makes the case incomparable; it was laid on the server's rows.
    if (local === null || local === last.checksum) return 'repaired';
  }
  return 'unrepaired';
}

/**
 * The cases whose copy here differs from the server's state now. A page's checksum was read when
 * the page was; since then this laptop may have changed the case (another window of the app
 * pushed to it and took the answer, or pulled further). So a difference a page suggests, and the
 * daily comparison of every case, are decided against the server's checksums at this laptop's
 * cursor, read *after* this copy: a change this laptop made or took after that cursor moves the
 * case's last change past it, and the server leaves the case out rather than give a checksum this
 * copy cannot match.
 */
async function confirmedDifferences(
  db: AmparoDatabase,
  transport: Transport,
  cursor: string,
  suspects: readonly string[] | 'all',
): Promise<string[]> {
  const held =
    suspects === 'all' ? (await db.docs.orderBy('caseId').uniqueKeys()).map(String) : [...suspects];
  const here = new Map<string, string | null>();
  for (const caseId of held) here.set(caseId, await localCaseChecksum(db, caseId));
  const { checksums } = await transport.checksums!(cursor);
  const differing: string[] = [];
  for (const { caseId, checksum } of checksums) {
    if (suspects !== 'all' && !suspects.includes(caseId)) continue;
    const local = here.has(caseId) ? here.get(caseId)! : await localCaseChecksum(db, caseId);
    if (local !== null && local !== checksum) differing.push(caseId);
  }
  return differing;
}

export async function checkCaseChecksums(
  db: AmparoDatabase,
  transport: Transport,
  fromPages: readonly CaseChecksum[],
  options: { now: Date; verifyEveryMs: number },
): Promise<void> {
  if (!transport.caseSnapshot) return;
  const state = await readSyncState(db);
  const suggested = await mismatchedCases(db, fromPages);
  const lastFull = state.checksum.verifiedAt ? Date.parse(state.checksum.verifiedAt) : null;
  const canConfirm = transport.checksums !== undefined && state.cursor !== null;
  // A last comparison dated after now was timed by a clock set back since (issue 21: a laptop
  // clock 48 h ahead, then corrected): it is due, not put off until a day after that date.
  const since = lastFull === null ? null : options.now.getTime() - lastFull;
  const due = canConfirm && (since === null || since < 0 || since >= options.verifyEveryMs);
  const cases =
    canConfirm && (due || suggested.length > 0)
      ? await confirmedDifferences(db, transport, state.cursor!, due ? 'all' : suggested)
      : suggested;
  const outcomes: Outcome[] = [];
  for (const caseId of cases) outcomes.push(await refetch(db, transport, caseId));
  if (!due && cases.length === 0) return;
  const at = options.now.toISOString();
  await updateSyncState(db, (s) => ({
    ...s,
    checksum: {
      mismatches: s.checksum.mismatches + cases.length,
      repaired: s.checksum.repaired + outcomes.filter((o) => o === 'repaired').length,
      unrepaired: outcomes.filter((o) => o === 'unrepaired').length,
      lastMismatchAt: cases.length > 0 ? at : s.checksum.lastMismatchAt,
      verifiedAt: due ? at : s.checksum.verifiedAt,
      recentCases: [...cases, ...s.checksum.recentCases.filter((id) => !cases.includes(id))].slice(
        0,
        20,
      ),
    },
  }));
}
