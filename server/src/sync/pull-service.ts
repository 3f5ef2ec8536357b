/**
 * `GET /v1/sync/pull`: the changes after a cursor, for the cases the caller may see now.
 *
 * A first pull (no cursor) streams every visible row, then continues from the change log
 * position taken before it started. A case newly assigned to an attorney arrives as a grant
 * followed by all of its rows (a "fill" the cursor can resume), whatever the cursor says. A case
 * no longer visible arrives as a revocation. Rows are sent as they are now, so an entity changed
 * several times appears once per page with its latest version.
 */
import { AppError } from '@core/errors/app-error';
import type { Cursor } from '@core/sync/cursor-codec';
import { CURSOR_FORMAT_VERSION, decodeCursor, encodeCursor } from '@core/sync/cursor-codec';
import { PULL_MAX_BYTES } from '@core/sync/protocol-constants';
import type { Change, PullQuery, PullResponse } from '@core/sync/sync-api-schemas';
import type { AuthContext } from '../auth/auth-context';
import type { Db } from '../db/db';
import { appendAudit } from '../repositories/audit-repository';
import { maxCommittedSeq } from '../repositories/change-log-repository';
import { readCaseChecksums } from '../repositories/case-checksum-repository';
import { bumpSyncEpoch, getOrganisation } from '../repositories/organisations-repository';
import type { LogRow, Scope } from '../repositories/pull-repository';
import { readChangeLog, readFill } from '../repositories/pull-repository';

class Page {
  readonly changes: Change[] = [];
  private bytes = 0;
  full = false;

  constructor(
    private readonly maxRows: number,
    private readonly maxBytes: number,
  ) {}

  get room(): number {
    return this.maxRows - this.changes.length;
  }

  /**
   * False (and full) when the change does not fit; a single oversized row still goes alone. Full
   * as soon as the row limit is reached, so no further rows are read for a page that cannot take
   * them.
   */
  add(change: Change): boolean {
    const size = Buffer.byteLength(JSON.stringify(change));
    if (this.full || (this.changes.length > 0 && this.bytes + size > this.maxBytes)) {
      this.full = true;
      return false;
    }
    this.changes.push(change);
    this.bytes += size;
    if (this.changes.length >= this.maxRows) this.full = true;
    return true;
  }
}

function changeFromLog(row: LogRow): Change | null {
  if (row.entity === 'noteRevision') {
    if (!row.revisionDoc) return null;
    return {
      entity: 'noteRevision',
      id: row.entityId,
      caseId: row.caseId,
      version: 1,
      op: 'upsert',
      row: row.revisionDoc,
      meta: {
        afterFinal: row.afterFinal ?? false,
        noteFinal: row.noteFinal ?? false,
        serverSeq: row.seq,
      },
    };
  }
  if (row.entity === 'assignment' || !row.entityDoc || row.entityVersion === null) return null;
  const deleted = row.entityDeleted === true;
  return {
    entity: row.entity,
    id: row.entityId,
    caseId: row.caseId,
    version: row.entityVersion,
    op: deleted ? 'delete' : 'upsert',
    row: deleted ? null : row.entityDoc,
  };
}

interface PullContext {
  db: Db;
  auth: AuthContext;
  requestId: string;
}

export async function pull(ctx: PullContext, query: PullQuery): Promise<PullResponse> {
  const { db, auth } = ctx;
  const org = await getOrganisation(db, auth.orgId);
  if (!org) throw new AppError('not_found');
  let cursor: Cursor;
  if (query.cursor !== undefined) {
    const decoded = decodeCursor(query.cursor);
    if (!decoded) throw new AppError('bad_request', 'sync.cursor.invalid');
    if (decoded.epoch !== org.syncEpoch) throw new AppError('resync_required');
    if (decoded.seq > (await maxCommittedSeq(db, auth.orgId))) {
      // A cursor from a history this server does not have: it was restored from a backup.
      // Every cursor of this epoch may be as wrong: a new epoch sends every laptop to resync.
      await bumpSyncEpoch(db, auth.orgId);
      await appendAudit(db, {
        orgId: auth.orgId,
        actorId: auth.userId,
        deviceId: auth.deviceId,
        requestId: ctx.requestId,
        action: 'sync.restore_detected',
        outcome: 'ok',
        details: { evidence: 'cursor_ahead', cursorSeq: decoded.seq },
      });
      throw new AppError('resync_required');
    }
    cursor = decoded;
  } else {
    const seq = await maxCommittedSeq(db, auth.orgId);
    cursor = {
      seq,
      epoch: org.syncEpoch,
      v: CURSOR_FORMAT_VERSION,
      fill: { scope: 'all', after: '' },
    };
  }
  const scope: Scope = {
    orgId: auth.orgId,
    userId: auth.userId,
    seesAllCases: auth.role === 'supervisor',
  };
  const page = new Page(query.limit, PULL_MAX_BYTES);
  const grants: string[] = [];
  const revocations: string[] = [];
  const sent = new Set<string>();
  let logDone = false;
  let scanned = 0;
  const scanCap = query.limit * 10;
  /** Where this page first read the change log (null: it did not). */
  let logFrom: number | null = null;

  while (!page.full && !logDone && scanned < scanCap) {
    if (cursor.fill) {
      const fill = cursor.fill;
      const slice = await readFill(
        db,
        scope,
        fill.scope === 'all' ? null : fill.scope,
        fill.after,
        page.room,
      );
      for (const row of slice.rows) {
        const change: Change = {
          entity: row.entity,
          id: row.id,
          caseId: row.caseId,
          version: row.version,
          op: 'upsert',
          row: row.doc,
        };
        if (row.entity === 'noteRevision')
          change.meta = {
            afterFinal: row.afterFinal ?? false,
            noteFinal: row.noteFinal ?? false,
            ...(typeof row.serverSeq === 'number' ? { serverSeq: row.serverSeq } : {}),
          };
        if (!page.add(change)) break;
        sent.add(row.id);
        cursor = { ...cursor, fill: { scope: fill.scope, after: row.key } };
      }
      if (page.full) break;
      if (slice.exhausted) {
        const { fill: _done, ...rest } = cursor;
        cursor = rest;
      }
      continue;
    }
    if (cursor.seq < org.minCursorSeq) throw new AppError('resync_required');
    logFrom ??= cursor.seq;
    const want = page.room + 1;
    const rows = await readChangeLog(db, scope, cursor.seq, want);
    if (rows.length < want) logDone = true;
    for (const row of rows) {
      scanned += 1;
      if (row.op === 'grant') {
        if (row.assignedNow) {
          if (!grants.includes(row.caseId)) grants.push(row.caseId);
          cursor = { ...cursor, seq: row.seq, fill: { scope: row.caseId, after: '' } };
          logDone = false;
          break;
        }
      } else if (row.op === 'revoke') {
        if (!row.assignedNow && !revocations.includes(row.caseId)) revocations.push(row.caseId);
      } else if (!sent.has(row.entityId)) {
        const change = changeFromLog(row);
        if (change) {
          if (!page.add(change)) break;
          sent.add(row.entityId);
        }
      }
      cursor = { ...cursor, seq: row.seq };
    }
  }

  if (logFrom !== null) {
    // Pruned between the check above and the read (issue 21, C): the rows read may lack what was
    // pruned (a grant), and the cursor would pass it. A prune deletes the rows and raises the
    // position in one statement, so a read that missed rows sees the raised position after it.
    const after = await getOrganisation(db, auth.orgId);
    if (!after || after.syncEpoch !== org.syncEpoch || logFrom < after.minCursorSeq)
      throw new AppError('resync_required');
  }
  const caseIds = new Set([...page.changes.map((c) => c.caseId), ...grants]);
  if (caseIds.size > 0 || revocations.length > 0) {
    await appendAudit(db, {
      orgId: auth.orgId,
      actorId: auth.userId,
      deviceId: auth.deviceId,
      requestId: ctx.requestId,
      action: 'sync.pull',
      outcome: 'ok',
      caseIds: [...caseIds],
      details: {
        rows: page.changes.length,
        grants: grants.length,
        revocations: revocations.length,
      },
    });
  }
  // Read after the rows: a change committed since has a seq past the cursor, so its case is left
  // out rather than given a checksum the laptop cannot match yet. Mid-fill, no case is complete.
  const checksums =
    cursor.fill === undefined
      ? await readCaseChecksums(
          db,
          auth.orgId,
          [...new Set(page.changes.map((c) => c.caseId))],
          cursor.seq,
        )
      : [];
  return {
    changes: page.changes,
    grants,
    revocations,
    nextCursor: encodeCursor(cursor),
    hasMore: page.full || cursor.fill !== undefined || !logDone,
    checksums,
  };
}
