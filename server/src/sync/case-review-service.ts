/**
 * Conflicts for the people who work on a case: attorneys see and resolve those on their assigned
 * cases, supervisors those of their organisation. Every list and resolution is audited.
 */
import { AppError } from '@core/errors/app-error';
import type { CaseConflictsResponse } from '@core/sync/review-schemas';
import { awaitsReview } from '../admin/conflict-resolution';
import type { AuthContext } from '../auth/auth-context';
import type { Db } from '../db/db';
import { isAssigned } from '../repositories/assignments-repository';
import { appendAudit } from '../repositories/audit-repository';
import { getConflictForUpdate, listConflicts } from '../repositories/conflicts-repository';
import { appliedQuarantineFor } from '../repositories/push-records-repository';
import { listUsers } from '../repositories/users-repository';

const RECENTLY_RESOLVED_MS = 30 * 24 * 60 * 60 * 1000;

export async function listVisibleConflicts(
  db: Db,
  auth: AuthContext,
  requestId: string,
): Promise<CaseConflictsResponse> {
  const all = await listConflicts(db, auth.orgId, {});
  // Open conflicts and replaced values nobody has acknowledged (both authors must see those),
  // and what was resolved lately, so every device sees the outcome.
  let visible = all.filter(
    (c) =>
      awaitsReview(c) ||
      (c.resolvedAt && Date.now() - Date.parse(c.resolvedAt) < RECENTLY_RESOLVED_MS),
  );
  if (auth.role === 'attorney') {
    const caseIds = [...new Set(visible.map((c) => c.caseId))];
    const assigned = new Set<string>();
    for (const caseId of caseIds)
      if (await isAssigned(db, caseId, auth.userId)) assigned.add(caseId);
    visible = visible.filter((c) => assigned.has(c.caseId));
  }
  const actorIds = new Set(
    visible
      .flatMap((c) => [c.serverActorId, c.clientActorId, c.resolvedBy])
      .filter((id): id is string => !!id),
  );
  const people = (await listUsers(db, auth.orgId))
    .filter((u) => actorIds.has(u.id))
    .map((u) => ({ id: u.id, displayName: u.displayName }));
  await appendAudit(db, {
    orgId: auth.orgId,
    actorId: auth.userId,
    deviceId: auth.deviceId,
    requestId,
    action: 'sync.conflict_list',
    outcome: 'ok',
    caseIds: visible.map((c) => c.caseId),
    details: { count: visible.length },
  });
  const appliedQuarantine = await appliedQuarantineFor(
    db,
    auth.orgId,
    auth.userId,
    new Date(Date.now() - RECENTLY_RESOLVED_MS),
  );
  return { items: visible, people, appliedQuarantine };
}

/** Attorneys may resolve only conflicts on cases assigned to them (others look like "not found"). */
export async function assertMayResolve(
  db: Db,
  auth: AuthContext,
  conflictId: string,
): Promise<void> {
  const conflict = await getConflictForUpdate(db, auth.orgId, conflictId);
  if (!conflict) throw new AppError('not_found');
  if (auth.role === 'attorney' && !(await isAssigned(db, conflict.caseId, auth.userId)))
    throw new AppError('not_found');
}
