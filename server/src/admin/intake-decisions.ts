/**
 * Staff decide on a submitted intake: accept it (a new case, assigned as they choose), merge it
 * into an existing case, or decline it with a reason. Each is one transaction: the intake's new
 * state (which its starter's laptop pulls), the case and a note keeping what the intake said,
 * assignments, the audit event and the change-log rows commit together or not at all.
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '@core/errors/app-error';
import type { CaseFile } from '@core/domain/case-file';
import type { Intake } from '@core/domain/intake';
import { caseFileFromIntake } from '@core/intake/case-from-intake';
import { duplicateANumber } from '@core/intake/duplicate-a-number';
import { intakeNoteText, type NoteLanguage } from '@core/intake/intake-note';
import type { IntakeEvent } from '@core/intake/intake-transitions';
import { applyIntakeEvent } from '@core/intake/intake-transitions';
import { validateEntityDocument } from '@core/sync/entity-schemas';
import type { JsonObject } from '@core/sync/json-value';
import type { Db, Transaction } from '../db/db';
import { isUniqueViolation } from '../db/db';
import { appendAudit } from '../repositories/audit-repository';
import type { ChangeInput } from '../repositories/change-log-repository';
import { recordChanges } from '../repositories/change-log-repository';
import { refreshCaseSummaries } from '../summaries/case-summaries-service';
import { caseIdsByReference, getEntity, insertEntity } from '../repositories/entities-repository';
import { aNumberHolders, nextCaseReference } from '../repositories/intakes-repository';
import { getUser } from '../repositories/users-repository';
import type { AdminActor } from './admin-actor';
import { auditBase } from './admin-actor';
import { assignInTx, requireCase } from './cases-service';
import { requireClearedCheck, requireIntake, staffUser } from './intake-service';
import { insertNoteAsServer, updateDocAsServer } from './server-writes';

export interface AcceptInput {
  reference?: string | undefined;
  assignTo: readonly string[];
  confirmDuplicateANumber: boolean;
  noteLanguage: NoteLanguage;
}

export interface MergeInput {
  caseId: string;
  assignStarter: boolean;
  confirmDuplicateANumber: boolean;
  noteLanguage: NoteLanguage;
}

function transition(intake: Intake, event: IntakeEvent): Intake {
  const result = applyIntakeEvent(intake, event);
  if (!result.ok) throw new AppError('conflict', result.error);
  return result.intake;
}

/** One rule everywhere: a duplicate A-number is a warning the staff member must confirm. */
async function checkDuplicate(
  tx: Transaction,
  actor: AdminActor,
  intake: Intake,
  ignore: readonly string[],
  confirmed: boolean,
): Promise<boolean> {
  const duplicate = duplicateANumber(intake.client.aNumber, await aNumberHolders(tx, actor.orgId), [
    intake.id,
    ...ignore,
  ]);
  if (duplicate && !confirmed) throw new AppError('conflict', 'intake.duplicateANumber');
  return duplicate !== null;
}

async function finish(
  tx: Transaction,
  actor: AdminActor,
  audit: { action: string; caseIds: string[]; details: Record<string, string | number | boolean> },
  changes: (ChangeInput | null)[],
) {
  await appendAudit(tx, {
    ...auditBase(actor),
    action: audit.action,
    outcome: 'ok',
    caseIds: audit.caseIds,
    details: { ...audit.details, via: actor.via },
  });
  // The new or merged case's summary (staff lists) is never behind it; intake ids are skipped.
  await refreshCaseSummaries(tx, actor.orgId, audit.caseIds);
  await recordChanges(
    tx,
    actor.orgId,
    changes.filter((c): c is ChangeInput => c !== null),
  );
}

export async function acceptIntake(
  db: Db,
  actor: AdminActor,
  intakeId: string,
  input: AcceptInput,
) {
  try {
    return await db.transaction(async (tx) => {
      const { row, intake } = await requireIntake(tx, actor, intakeId, true);
      const check = await requireClearedCheck(tx, actor, row);
      const duplicate = await checkDuplicate(tx, actor, intake, [], input.confirmDuplicateANumber);
      const reference =
        input.reference ?? (await nextCaseReference(tx, actor.orgId, new Date().getUTCFullYear()));
      if ((await caseIdsByReference(tx, actor.orgId, reference)).length > 0)
        throw new AppError('conflict', 'admin.case.exists');
      const caseId = randomUUID();
      const accepted = transition(intake, {
        type: 'accept',
        at: new Date().toISOString(),
        by: staffUser(actor),
        caseId,
        caseReference: reference,
      });
      const file: CaseFile = caseFileFromIntake(intake, {
        id: caseId,
        reference,
        hearingId: randomUUID(),
      });
      const checked = validateEntityDocument('case', file, { entityId: caseId, caseId });
      if (!checked.ok)
        throw new AppError('validation_failed', 'admin.case.invalid', checked.issues);
      await insertEntity(tx, {
        id: caseId,
        orgId: actor.orgId,
        caseId,
        entity: 'case',
        doc: checked.value as JsonObject,
        version: 1,
        fieldVersions: {},
      });
      const changes: (ChangeInput | null)[] = [
        {
          entity: 'case',
          entityId: caseId,
          caseId,
          version: 1,
          op: 'upsert',
          actorId: actor.userId,
          deviceId: actor.deviceId,
          mutationId: null,
        },
        await insertNoteAsServer(tx, actor, {
          caseId,
          authorId: intake.startedBy,
          body: intakeNoteText(intake, input.noteLanguage),
        }),
        await updateDocAsServer(tx, actor, row, accepted as unknown as JsonObject),
      ];
      for (const userId of input.assignTo)
        changes.push(await assignInTx(tx, actor, caseId, userId));
      await finish(
        tx,
        actor,
        {
          action: 'intake.accept',
          caseIds: [intakeId, caseId],
          details: {
            checkId: check.id,
            conflictDecision: check.decision!,
            assigned: input.assignTo.length,
            duplicateANumberConfirmed: duplicate,
          },
        },
        changes,
      );
      return { intakeId, state: 'accepted' as const, caseId, caseReference: reference };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('conflict', 'admin.case.exists');
    throw error;
  }
}

export async function mergeIntake(db: Db, actor: AdminActor, intakeId: string, input: MergeInput) {
  return db.transaction(async (tx) => {
    const { row, intake } = await requireIntake(tx, actor, intakeId, true);
    const check = await requireClearedCheck(tx, actor, row);
    await requireCase(tx, actor, input.caseId);
    const target = (await getEntity(tx, input.caseId, true))!;
    if (target.deletedAt) throw new AppError('not_found');
    const duplicate = await checkDuplicate(
      tx,
      actor,
      intake,
      [input.caseId],
      input.confirmDuplicateANumber,
    );
    const file = target.doc as unknown as CaseFile;
    const merged = transition(intake, {
      type: 'merge',
      at: new Date().toISOString(),
      by: staffUser(actor),
      caseId: input.caseId,
      caseReference: file.reference,
    });
    const known = new Set((file.parties ?? []).map((party) => party.id));
    const withParties = {
      ...file,
      parties: [...(file.parties ?? []), ...intake.parties.filter((p) => !known.has(p.id))],
    };
    const changes: (ChangeInput | null)[] = [
      await updateDocAsServer(tx, actor, target, withParties as unknown as JsonObject),
      await insertNoteAsServer(tx, actor, {
        caseId: input.caseId,
        authorId: intake.startedBy,
        body: intakeNoteText(intake, input.noteLanguage),
      }),
      await updateDocAsServer(tx, actor, row, merged as unknown as JsonObject),
    ];
    const starter = await getUser(tx, intake.startedBy);
    const assignStarter =
      input.assignStarter && starter?.role === 'attorney' && !starter.disabledAt;
    if (assignStarter) changes.push(await assignInTx(tx, actor, input.caseId, intake.startedBy));
    await finish(
      tx,
      actor,
      {
        action: 'intake.merge',
        caseIds: [intakeId, input.caseId],
        details: {
          checkId: check.id,
          conflictDecision: check.decision!,
          starterAssigned: assignStarter,
          duplicateANumberConfirmed: duplicate,
        },
      },
      changes,
    );
    return {
      intakeId,
      state: 'merged' as const,
      caseId: input.caseId,
      caseReference: file.reference,
    };
  });
}

export async function declineIntake(db: Db, actor: AdminActor, intakeId: string, reason: string) {
  return db.transaction(async (tx) => {
    const { row, intake } = await requireIntake(tx, actor, intakeId, true);
    const declined = transition(intake, {
      type: 'decline',
      at: new Date().toISOString(),
      by: staffUser(actor),
      reason,
    });
    const change = await updateDocAsServer(tx, actor, row, declined as unknown as JsonObject);
    await finish(
      tx,
      actor,
      {
        action: 'intake.decline',
        caseIds: [intakeId],
        // The reason is for the starter (it may name people): in the intake, not the audit log.
        details: { reasonLength: reason.trim().length },
      },
      [change],
    );
    return { intakeId, state: 'declined' as const, caseId: null, caseReference: null };
  });
}
