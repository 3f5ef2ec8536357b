/**
 * Who may see and add a case's documents: its assigned attorneys and the organisation's
 * supervisors. Never admins (the routes refuse their role) and never another attorney: a case the
 * caller may not see answers `not_found`, as if it did not exist.
 */
import { AppError } from '@core/errors/app-error';
import type { Caller } from '../auth/auth-context';
import type { Queryable } from '../db/db';

export async function assertCaseAccess(q: Queryable, caller: Caller, caseId: string) {
  if (caller.role !== 'attorney' && caller.role !== 'supervisor') throw new AppError('forbidden');
  // One round trip (every chunk request pays it): the case, and whether the caller is assigned.
  const found = await q.query<{ assigned: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM assignments WHERE case_id = $1 AND user_id = $3) AS assigned
       FROM entities WHERE id = $1 AND org_id = $2 AND entity = 'case' AND deleted_at IS NULL`,
    [caseId, caller.orgId, caller.userId],
  );
  const row = found.rows[0];
  if (!row) throw new AppError('not_found');
  if (caller.role === 'attorney' && !row.assigned) throw new AppError('not_found');
}

/** Holds the organisation's document lock until the transaction ends (quotas, feed order). */
export async function lockOrganisationDocuments(q: Queryable, orgId: string) {
  await q.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 22))`, [`documents:${orgId}`]);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The same lock as a statement without parameters, to send with BEGIN (`TransactionOptions.first`):
 * one round trip less on the one-request upload. The organisation id comes from the caller's
 * token, and is checked to be a UUID before it is written into the SQL.
 */
export function organisationDocumentsLockSql(orgId: string): string {
  if (!UUID.test(orgId)) throw new Error('organisation id is not a UUID');
  return `SELECT pg_advisory_xact_lock(hashtextextended('documents:${orgId}', 22))`;
}
