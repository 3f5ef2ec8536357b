/** Supervision: quarantine and conflicts; publication records; the audit export. Shared by the HTTP API and the CLI. */
import { randomUUID } from 'node:crypto';
import { AppError } from '@core/errors/app-error';
import type { AuditFilter, ConflictStatus } from '@core/sync/admin-schemas';
import type { Db } from '../db/db';
import { isUniqueViolation } from '../db/db';
import { appendAudit, listAudit } from '../repositories/audit-repository';
import { listConflicts } from '../repositories/conflicts-repository';
import { insertPublication, listPublications } from '../repositories/publications-repository';
import { listQuarantine, markQuarantineReviewed } from '../repositories/push-records-repository';
import { refreshCaseSummaries } from '../summaries/case-summaries-service';
import type { AdminActor } from './admin-actor';
import { auditBase } from './admin-actor';
import { auditFilterDetails, caseIdsForReference } from './audit-service';

export async function listOrgQuarantine(db: Db, actor: AdminActor) {
  const items = await listQuarantine(db, actor.orgId);
  await appendAudit(db, {
    ...auditBase(actor),
    action: 'review.quarantine_list',
    outcome: 'ok',
    caseIds: items.flatMap((item) =>
      item.caseId && /^[0-9a-f-]{36}$/i.test(item.caseId) ? [item.caseId] : [],
    ),
    details: { count: items.length, via: actor.via },
  });
  return items.map((item) => ({
    ...item,
    createdAt: item.createdAt.toISOString(),
    reviewedAt: item.reviewedAt?.toISOString() ?? null,
    appliedAt: item.appliedAt?.toISOString() ?? null,
  }));
}

const isUuid = (value: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

export async function reviewQuarantineItem(db: Db, actor: AdminActor, id: string) {
  return db.transaction(async (tx) => {
    const reviewed = await markQuarantineReviewed(tx, actor.orgId, id, actor.userId);
    if (!reviewed) throw new AppError('not_found');
    const caseId = reviewed.caseId && isUuid(reviewed.caseId) ? reviewed.caseId : null;
    await appendAudit(tx, {
      ...auditBase(actor),
      action: 'review.quarantine_reviewed',
      outcome: 'ok',
      ...(caseId ? { caseIds: [caseId] } : {}),
      details: { quarantineId: id, via: actor.via },
    });
    if (caseId) await refreshCaseSummaries(tx, actor.orgId, [caseId]);
    return { id, reviewedAt: reviewed.reviewedAt.toISOString() };
  });
}

export async function listOrgConflicts(
  db: Db,
  actor: AdminActor,
  filter: { status?: ConflictStatus; caseId?: string },
) {
  const items = await listConflicts(db, actor.orgId, filter);
  await appendAudit(db, {
    ...auditBase(actor),
    action: 'review.conflict_list',
    outcome: 'ok',
    caseIds: items.map((item) => item.caseId),
    details: { count: items.length, via: actor.via },
  });
  return items;
}

export async function publishVersion(
  db: Db,
  actor: AdminActor,
  input: {
    kind: 'catalog' | 'template';
    version: string;
    checksum: string;
    notes?: string | undefined;
  },
) {
  try {
    return await db.transaction(async (tx) => {
      const row = await insertPublication(tx, {
        id: randomUUID(),
        orgId: actor.orgId,
        kind: input.kind,
        version: input.version,
        checksum: input.checksum,
        notes: input.notes ?? null,
        publishedBy: actor.userId,
      });
      if (!row) throw new AppError('conflict', 'admin.publication.exists');
      await appendAudit(tx, {
        ...auditBase(actor),
        action: 'admin.publish',
        outcome: 'ok',
        details: { kind: input.kind, version: input.version, via: actor.via },
      });
      return { ...row, publishedAt: row.publishedAt.toISOString() };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('conflict', 'admin.publication.exists');
    throw error;
  }
}

export async function listOrgPublications(db: Db, actor: AdminActor) {
  return (await listPublications(db, actor.orgId)).map((row) => ({
    ...row,
    publishedAt: row.publishedAt.toISOString(),
  }));
}

/** JSON lines, one audit event each, oldest first, filtered as on the audit screen. The export is itself audited. */
export async function exportAudit(
  db: Db,
  actor: AdminActor,
  options: AuditFilter & { since?: string | undefined; limit: number },
) {
  const caseIds = await caseIdsForReference(db, actor.orgId, options.caseReference);
  const events = await listAudit(db, actor.orgId, {
    ...options,
    caseIds,
    order: 'oldest',
  });
  await appendAudit(db, {
    ...auditBase(actor),
    action: 'audit.export',
    outcome: 'ok',
    details: { count: events.length, via: actor.via, ...auditFilterDetails(options) },
  });
  return events;
}

export function toJsonLines(events: readonly unknown[]): string {
  return events.map((event) => `${JSON.stringify(event)}\n`).join('');
}
