/** The audit screen: filtered pages of the organisation's log, newest first, with case references. */
import type { AuditFilter } from '@core/sync/admin-schemas';
import type { AuditPageQuery, AuditPageResponse } from '@core/sync/console-schemas';
import type { Db, Queryable } from '../db/db';
import { appendAudit, listAudit, listAuditActions } from '../repositories/audit-repository';
import { caseIdsByReference, caseReferencesByIds } from '../repositories/entities-repository';
import type { AdminActor } from './admin-actor';
import { auditBase } from './admin-actor';

/** A reference that matches no case yields an empty list, so the filter finds nothing. */
export async function caseIdsForReference(
  q: Queryable,
  orgId: string,
  reference: string | undefined,
): Promise<string[] | undefined> {
  return reference ? caseIdsByReference(q, orgId, reference) : undefined;
}

/** What a search asked for, for the audit row of the search itself (ids and dates only). */
export function auditFilterDetails(filter: AuditFilter) {
  return Object.fromEntries(
    Object.entries({
      filterActorId: filter.actorId,
      filterAction: filter.action,
      filterCaseReference: filter.caseReference,
      filterFrom: filter.from,
      filterTo: filter.to,
    }).filter(([, value]) => value !== undefined),
  ) as Record<string, string>;
}

export async function auditPage(
  db: Db,
  actor: AdminActor,
  query: AuditPageQuery,
): Promise<AuditPageResponse> {
  const caseIds = await caseIdsForReference(db, actor.orgId, query.caseReference);
  const events =
    caseIds && caseIds.length === 0
      ? []
      : await listAudit(db, actor.orgId, {
          ...query,
          caseIds,
          limit: query.limit + 1,
          order: 'newest',
        });
  const page = events.slice(0, query.limit);
  const cases = await caseReferencesByIds(db, actor.orgId, [
    ...new Set(page.flatMap((event) => event.caseIds)),
  ]);
  await appendAudit(db, {
    ...auditBase(actor),
    action: 'audit.search',
    outcome: 'ok',
    details: { count: page.length, via: actor.via, ...auditFilterDetails(query) },
  });
  return {
    events: page,
    cases,
    nextBefore: events.length > query.limit ? (page[page.length - 1]?.id ?? null) : null,
  };
}

export async function auditActions(db: Db, actor: AdminActor): Promise<string[]> {
  return listAuditActions(db, actor.orgId);
}
