/**
 * The checksum side of pull (issue 21): `GET /v1/sync/checksums` gives every visible case's state
 * checksum that a laptop at `cursor` can compare; `GET /v1/sync/case` sends one case's current rows
 * again, in pages, for a laptop whose copy of it did not match. Visibility is the pull's.
 */
import { AppError } from '@core/errors/app-error';
import { decodeCursor } from '@core/sync/cursor-codec';
import type {
  CaseSnapshotQuery,
  CaseSnapshotResponse,
  Change,
  ChecksumsResponse,
} from '@core/sync/sync-api-schemas';
import type { AuthContext } from '../auth/auth-context';
import type { Db } from '../db/db';
import { appendAudit } from '../repositories/audit-repository';
import { readCaseState, readVisibleChecksums } from '../repositories/case-checksum-repository';
import { getOrganisation } from '../repositories/organisations-repository';
import { readFill, type Scope } from '../repositories/pull-repository';

interface Context {
  db: Db;
  auth: AuthContext;
  requestId: string;
}

const scopeOf = (auth: AuthContext): Scope => ({
  orgId: auth.orgId,
  userId: auth.userId,
  seesAllCases: auth.role === 'supervisor',
});

export async function visibleChecksums(ctx: Context, cursor: string): Promise<ChecksumsResponse> {
  const org = await getOrganisation(ctx.db, ctx.auth.orgId);
  if (!org) throw new AppError('not_found');
  const decoded = decodeCursor(cursor);
  if (!decoded) throw new AppError('bad_request', 'sync.cursor.invalid');
  if (decoded.epoch !== org.syncEpoch) throw new AppError('resync_required');
  // Mid-fill the laptop holds no case whole: nothing to compare yet.
  if (decoded.fill) return { checksums: [] };
  // A cursor older than the pruned change log: the grants after it may be gone with it, so a case
  // assigned since would read as one this laptop should hold (issue 21, C: seed 20). As a pull.
  if (decoded.seq < org.minCursorSeq) throw new AppError('resync_required');
  const checksums = await readVisibleChecksums(ctx.db, scopeOf(ctx.auth), decoded.seq);
  // Pruned (or reset) between that check and this read: the grants the read looked for may have
  // gone before it (a prune deletes the rows and raises the position in one statement).
  const after = await getOrganisation(ctx.db, ctx.auth.orgId);
  if (!after || after.syncEpoch !== decoded.epoch || decoded.seq < after.minCursorSeq)
    throw new AppError('resync_required');
  return { checksums };
}

export async function caseSnapshot(
  ctx: Context,
  query: CaseSnapshotQuery,
): Promise<CaseSnapshotResponse> {
  const { db, auth } = ctx;
  // Read before the rows: a change committed while the pages are read moves `lastSeq`, which
  // the laptop sees between its first and last page.
  const state = await readCaseState(db, auth.orgId, query.caseId);
  const slice = await readFill(db, scopeOf(auth), query.caseId, query.after ?? '', query.limit);
  if (query.after === undefined && slice.rows.length === 0)
    return { changes: [], next: null, checksum: null, lastSeq: state?.lastSeq ?? 0 };
  const changes: Change[] = slice.rows.map((row) => ({
    entity: row.entity,
    id: row.id,
    caseId: row.caseId,
    version: row.version,
    op: 'upsert',
    row: row.doc,
    ...(row.entity === 'noteRevision'
      ? {
          meta: {
            afterFinal: row.afterFinal ?? false,
            noteFinal: row.noteFinal ?? false,
            ...(typeof row.serverSeq === 'number' ? { serverSeq: row.serverSeq } : {}),
          },
        }
      : {}),
  }));
  if (query.after === undefined) {
    await appendAudit(db, {
      orgId: auth.orgId,
      actorId: auth.userId,
      deviceId: auth.deviceId,
      requestId: ctx.requestId,
      action: 'sync.case_refetch',
      outcome: 'ok',
      caseIds: [query.caseId],
      details: { rows: changes.length },
    });
  }
  return {
    changes,
    next: slice.exhausted ? null : (slice.rows.at(-1)?.key ?? null),
    checksum: state?.checksum ?? '0',
    lastSeq: state?.lastSeq ?? 0,
  };
}
