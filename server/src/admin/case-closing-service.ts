/**
 * Closing a case with its outcome and reopening it (issue 18 #5). The closing is stored in
 * `case_closings`, marks the read model's row closed, and is written into the case file's
 * `extra.closing` as a server change, so every laptop holding the case receives its closed state
 * through the ordinary pull (laptops keep `extra` as it is). Every step is audited with the
 * outcome's kind, never a name.
 */
import { randomUUID } from 'node:crypto';
import type { CaseOutcome } from '@core/cases/case-outcome';
import { CaseOutcomeSchema, deriveOutcome } from '@core/cases/case-outcome';
import type { CaseFile } from '@core/domain/case-file';
import { AppError } from '@core/errors/app-error';
import type { CaseClosing } from '@core/sync/dashboard-schemas';
import type { JsonObject } from '@core/sync/json-value';
import type { Db, Queryable } from '../db/db';
import { isUniqueViolation, json } from '../db/db';
import { appendAudit } from '../repositories/audit-repository';
import { lockCaseExclusive } from '../repositories/case-locks';
import { recordChanges } from '../repositories/change-log-repository';
import { getEntity } from '../repositories/entities-repository';
import type { AdminActor } from './admin-actor';
import { auditBase } from './admin-actor';
import { updateDocAsServer } from './server-writes';

interface ClosingRow {
  id: string;
  outcome: CaseOutcome;
  derived: CaseOutcome | null;
  closedBy: string;
  closedAt: Date;
  reopenedBy: string | null;
  reopenedAt: Date | null;
  reopenReason: string | null;
}

const COLUMNS = `id, outcome, derived, closed_by AS "closedBy", closed_at AS "closedAt",
  reopened_by AS "reopenedBy", reopened_at AS "reopenedAt", reopen_reason AS "reopenReason"`;

function toClosing(row: ClosingRow): CaseClosing {
  return {
    ...row,
    closedAt: row.closedAt.toISOString(),
    reopenedAt: row.reopenedAt?.toISOString() ?? null,
  };
}

/** Every closing of the case, newest first (the first is in force when not reopened). */
export async function caseClosings(q: Queryable, orgId: string, caseId: string) {
  const result = await q.query<ClosingRow>(
    `SELECT ${COLUMNS} FROM case_closings WHERE org_id = $1 AND case_id = $2
     ORDER BY closed_at DESC, id`,
    [orgId, caseId],
  );
  return result.rows.map(toClosing);
}

async function lockCase(q: Queryable, actor: AdminActor, caseId: string) {
  // First in the transaction: waits for pushes past their closing check (case-locks.ts).
  await lockCaseExclusive(q, caseId);
  const row = await getEntity(q, caseId, true);
  if (!row || row.entity !== 'case' || row.orgId !== actor.orgId || row.deletedAt)
    throw new AppError('not_found');
  return row;
}

async function writeClosedState(
  q: Queryable,
  actor: AdminActor,
  row: Awaited<ReturnType<typeof lockCase>>,
  closing: Record<string, unknown> | null,
) {
  const { closing: _previous, ...extra } = (row.doc['extra'] ?? {}) as Record<string, unknown>;
  const doc = { ...row.doc, extra: closing ? { ...extra, closing } : extra } as JsonObject;
  const change = await updateDocAsServer(q, actor, row, doc);
  if (change) await recordChanges(q, actor.orgId, [change]);
}

export async function closeCase(
  db: Db,
  actor: AdminActor,
  caseId: string,
  input: CaseOutcome,
): Promise<CaseClosing> {
  const outcome = CaseOutcomeSchema.parse(input);
  try {
    return await db.transaction(async (tx) => {
      const row = await lockCase(tx, actor, caseId);
      const derived = deriveOutcome(row.doc as unknown as CaseFile)?.outcome ?? null;
      const id = randomUUID();
      const inserted = await tx.query<ClosingRow>(
        `INSERT INTO case_closings (id, org_id, case_id, outcome_kind, outcome, derived, closed_by)
         VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7) RETURNING ${COLUMNS}`,
        [
          id,
          actor.orgId,
          caseId,
          outcome.kind,
          json(outcome),
          derived && json(derived),
          actor.userId,
        ],
      );
      const closing = toClosing(inserted.rows[0]!);
      await tx.query(
        `UPDATE case_summaries SET closed_at = $3 WHERE org_id = $1 AND case_id = $2`,
        [actor.orgId, caseId, closing.closedAt],
      );
      await writeClosedState(tx, actor, row, {
        id,
        outcome,
        closedAt: closing.closedAt,
        closedBy: actor.userId,
      });
      await appendAudit(tx, {
        ...auditBase(actor),
        action: 'console.case_close',
        outcome: 'ok',
        caseIds: [caseId],
        details: {
          outcome: outcome.kind,
          asDerived: derived !== null && JSON.stringify(derived) === JSON.stringify(outcome),
        },
      });
      return closing;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('conflict', 'console.case.alreadyClosed');
    throw error;
  }
}

export async function reopenCase(
  db: Db,
  actor: AdminActor,
  caseId: string,
  reason: string,
): Promise<CaseClosing> {
  return db.transaction(async (tx) => {
    const row = await lockCase(tx, actor, caseId);
    const updated = await tx.query<ClosingRow>(
      `UPDATE case_closings SET reopened_at = now(), reopened_by = $3, reopen_reason = $4
       WHERE org_id = $1 AND case_id = $2 AND reopened_at IS NULL RETURNING ${COLUMNS}`,
      [actor.orgId, caseId, actor.userId, reason],
    );
    if (!updated.rows[0]) throw new AppError('conflict', 'console.case.notClosed');
    await tx.query(
      `UPDATE case_summaries SET closed_at = NULL WHERE org_id = $1 AND case_id = $2`,
      [actor.orgId, caseId],
    );
    await writeClosedState(tx, actor, row, null);
    await appendAudit(tx, {
      ...auditBase(actor),
      action: 'console.case_reopen',
      outcome: 'ok',
      caseIds: [caseId],
      details: { closingId: updated.rows[0].id },
    });
    return toClosing(updated.rows[0]);
  });
}
