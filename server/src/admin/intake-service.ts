/**
 * Intakes on MCJ's side: created in the console (one form, or the valid rows of a CSV file),
 * listed and read by supervisors, checked for conflicts of interest with a recorded decision.
 * Every read and action is audited with ids and counts only (never names: the audit log is read
 * by admins, who must not see clients).
 */
import { randomInt, randomUUID } from 'node:crypto';
import { AppError } from '@core/errors/app-error';
import type { Intake, IntakeContent } from '@core/domain/intake';
import { IntakeSchema, intakeClientName, newIntake } from '@core/domain/intake';
import { duplicateANumber } from '@core/intake/duplicate-a-number';
import type { JsonObject } from '@core/sync/json-value';
import type {
  ConflictCheck,
  ConflictDecisionRequest,
  ConflictQuery,
  IntakeDetail,
  IntakeSummary,
} from '@core/sync/intake-schemas';
import type { Db, Queryable } from '../db/db';
import { appendAudit } from '../repositories/audit-repository';
import type { ChangeInput } from '../repositories/change-log-repository';
import { recordChanges } from '../repositories/change-log-repository';
import { searchConflicts } from '../repositories/conflict-search-repository';
import type { EntityRow } from '../repositories/entities-repository';
import { insertEntity } from '../repositories/entities-repository';
import type { IntakeListFilter } from '../repositories/intakes-repository';
import {
  aNumberHolders,
  getConflictCheckForUpdate,
  getIntakeRow,
  insertConflictCheck,
  latestConflictChecks,
  listConflictChecks,
  listIntakeRows,
  recordConflictDecision,
} from '../repositories/intakes-repository';
import type { AdminActor } from './admin-actor';
import { auditBase } from './admin-actor';

/** Console-made intakes are started by a person: the CLI (no user) has no form to fill. */
export function staffUser(actor: AdminActor): string {
  if (!actor.userId) throw new AppError('forbidden', 'intake.staffOnly');
  return actor.userId;
}

/** `INT-<year>-<6 random digits>`: a label, like a laptop's; not a key (ids are). */
export function intakeReference(now = new Date()): string {
  return `INT-${now.getUTCFullYear()}-${String(randomInt(1_000_000)).padStart(6, '0')}`;
}

/** Creates submitted intakes (all or none), ready for the conflict check. */
export async function createIntakes(
  db: Db,
  actor: AdminActor,
  contents: readonly IntakeContent[],
  source: 'console' | 'csv',
): Promise<{ intakeId: string; reference: string }[]> {
  const startedBy = staffUser(actor);
  const now = new Date().toISOString();
  const intakes = contents.map((content) => {
    const intake: Intake = {
      ...newIntake({
        id: randomUUID(),
        reference: intakeReference(),
        source,
        startedBy,
        startedAt: now,
        content,
      }),
      state: 'submitted',
      submittedAt: now,
    };
    const checked = IntakeSchema.safeParse(intake);
    if (!checked.success)
      throw new AppError(
        'validation_failed',
        'intake.invalid',
        checked.error.issues.slice(0, 20).map((issue) => ({
          path: issue.path.join('.').slice(0, 200),
          code: issue.message.slice(0, 100),
        })),
      );
    return checked.data;
  });
  return db.transaction(async (tx) => {
    const changes: ChangeInput[] = [];
    for (const intake of intakes) {
      await insertEntity(tx, {
        id: intake.id,
        orgId: actor.orgId,
        caseId: intake.id,
        entity: 'intake',
        doc: intake as unknown as JsonObject,
        version: 1,
        fieldVersions: {},
      });
      changes.push({
        entity: 'intake',
        entityId: intake.id,
        caseId: intake.id,
        version: 1,
        op: 'upsert',
        actorId: actor.userId,
        deviceId: actor.deviceId,
        mutationId: null,
      });
    }
    await appendAudit(tx, {
      ...auditBase(actor),
      action: source === 'csv' ? 'intake.import' : 'intake.create',
      outcome: 'ok',
      caseIds: intakes.map((intake) => intake.id),
      details: { count: intakes.length, source, via: actor.via },
    });
    await recordChanges(tx, actor.orgId, changes);
    return intakes.map((intake) => ({ intakeId: intake.id, reference: intake.reference }));
  });
}

export async function requireIntake(
  q: Queryable,
  actor: AdminActor,
  intakeId: string,
  forUpdate = false,
): Promise<{ row: EntityRow; intake: Intake }> {
  const row = await getIntakeRow(q, actor.orgId, intakeId, forUpdate);
  if (!row) throw new AppError('not_found');
  return { row, intake: row.doc as unknown as Intake };
}

/** The latest check's decision, when it was made on this version of the intake. */
function currentDecision(row: EntityRow, check: ConflictCheck | undefined) {
  return check && check.intakeVersion === row.version ? check.decision : null;
}

function summarise(
  row: EntityRow,
  intake: Intake,
  check: ConflictCheck | undefined,
  holders: { id: string; reference: string; aNumber: string }[],
): IntakeSummary {
  return {
    id: row.id,
    reference: intake.reference,
    version: row.version,
    state: intake.state,
    source: intake.source,
    startedBy: intake.startedBy,
    startedAt: intake.startedAt,
    submittedAt: intake.submittedAt ?? null,
    clientName: intakeClientName(intake.client),
    custodyStatus: intake.custody.status,
    duplicateANumber: duplicateANumber(intake.client.aNumber, holders, [row.id])?.references ?? [],
    conflictDecision: currentDecision(row, check),
    caseId: intake.decision?.caseId ?? null,
    caseReference: intake.decision?.caseReference ?? null,
  };
}

export async function listIntakes(db: Db, actor: AdminActor, filter: IntakeListFilter) {
  const rows = await listIntakeRows(db, actor.orgId, filter);
  const checks = await latestConflictChecks(
    db,
    actor.orgId,
    rows.map((row) => row.id),
  );
  const holders = await aNumberHolders(db, actor.orgId);
  await appendAudit(db, {
    ...auditBase(actor),
    action: 'intake.list',
    outcome: 'ok',
    caseIds: rows.map((row) => row.id),
    details: { count: rows.length, filter, via: actor.via },
  });
  return rows.map((row) =>
    summarise(row, row.doc as unknown as Intake, checks.get(row.id), holders),
  );
}

export async function getIntakeDetail(
  db: Db,
  actor: AdminActor,
  intakeId: string,
): Promise<IntakeDetail> {
  const { row, intake } = await requireIntake(db, actor, intakeId);
  const checks = await listConflictChecks(db, actor.orgId, intakeId);
  const holders = await aNumberHolders(db, actor.orgId);
  await appendAudit(db, {
    ...auditBase(actor),
    action: 'intake.read',
    outcome: 'ok',
    caseIds: [intakeId],
    details: { via: actor.via },
  });
  return { summary: summarise(row, intake, checks[0], holders), intake: row.doc, checks };
}

/** The names and A-numbers a check searches: the client's, and every party's. */
export function conflictQueries(intake: Intake): ConflictQuery[] {
  return [
    {
      name: intakeClientName(intake.client),
      role: 'client',
      aNumber: intake.client.aNumber ?? null,
    },
    ...intake.parties.map((party) => ({
      name: party.name,
      role: party.role,
      aNumber: party.aNumber ?? null,
    })),
  ];
}

export async function runConflictCheck(
  db: Db,
  actor: AdminActor,
  intakeId: string,
): Promise<ConflictCheck> {
  return db.transaction(async (tx) => {
    const { row, intake } = await requireIntake(tx, actor, intakeId);
    const searched = conflictQueries(intake);
    const hits = await searchConflicts(tx, actor.orgId, searched, [intakeId]);
    const check = await insertConflictCheck(tx, {
      id: randomUUID(),
      orgId: actor.orgId,
      intakeId,
      intakeVersion: row.version,
      searched,
      hits,
      createdBy: actor.userId,
    });
    await appendAudit(tx, {
      ...auditBase(actor),
      action: 'intake.conflict_check',
      outcome: 'ok',
      caseIds: [intakeId, ...new Set(hits.map((hit) => hit.scopeId))],
      details: { checkId: check.id, hits: hits.length, via: actor.via },
    });
    return check;
  });
}

export async function decideConflictCheck(
  db: Db,
  actor: AdminActor,
  checkId: string,
  request: ConflictDecisionRequest,
): Promise<ConflictCheck> {
  return db.transaction(async (tx) => {
    const check = await getConflictCheckForUpdate(tx, actor.orgId, checkId);
    if (!check) throw new AppError('not_found');
    if (check.decision) throw new AppError('conflict', 'intake.conflict.decided');
    const reason = request.reason?.trim() || null;
    const decided = await recordConflictDecision(tx, {
      id: checkId,
      decision: request.decision,
      reason,
      decidedBy: actor.userId,
    });
    await appendAudit(tx, {
      ...auditBase(actor),
      action: 'intake.conflict_decision',
      outcome: 'ok',
      caseIds: [check.intakeId],
      // The reason may name people: it stays with the check, not in the audit log.
      details: {
        checkId,
        decision: request.decision,
        hits: check.hits.length,
        withReason: reason !== null,
        via: actor.via,
      },
    });
    return decided;
  });
}

/**
 * Accepting or merging needs a decision of "no conflict" or "waived" on a check of the intake
 * as it is now: a changed intake, or no check at all, is refused with a reason.
 */
export async function requireClearedCheck(
  q: Queryable,
  actor: AdminActor,
  row: EntityRow,
): Promise<ConflictCheck> {
  const [latest] = await listConflictChecks(q, actor.orgId, row.id);
  if (!latest || latest.intakeVersion !== row.version || !latest.decision)
    throw new AppError('conflict', 'intake.conflict.checkRequired');
  if (latest.decision === 'conflict') throw new AppError('conflict', 'intake.conflict.found');
  return latest;
}
