/**
 * The objects the authorisation matrix's requests act on (a conflict, a quarantined change, a
 * throwaway user, device or console session), created in the given organisation on demand.
 */
import { closeCase } from '../admin/case-closing-service';
import { randomUUID } from 'node:crypto';
import type { CaseFile } from '@core/domain/case-file';
import type { JsonObject, JsonValue } from '@core/sync/json-value';
import { hashPassword } from '../auth/password-hasher';
import { insertApproval } from '../repositories/approvals-repository';
import { insertConflict } from '../repositories/conflicts-repository';
import { insertEntity } from '../repositories/entities-repository';
import { insertQuarantine } from '../repositories/push-records-repository';
import { insertUser } from '../repositories/users-repository';
import type { MatrixContext } from './authorization-matrix';
import { createIntakes, decideConflictCheck, runConflictCheck } from '../admin/intake-service';
import { httpActorFor } from './intake-actors';
import { intakeContent } from './intake-fixtures';
import { readyReviewDoc } from './review-fixtures';
import { casePatch, seedCase } from './sync-fixtures';
import { openDocumentUpload } from './document-fixtures';
import type { TestApp, TestOrg } from './test-app';
import { CHEAP_PASSWORD_PARAMS, consoleSignIn, signIn } from './test-app';

export function matrixFixtures(
  t: TestApp,
  org: TestOrg,
  caseA: CaseFile,
): MatrixContext['fixtures'] {
  return {
    restoredNow: async () => {
      await t.db.query(`UPDATE organisations SET sync_epoch_changed_at = now() WHERE id = $1`, [
        org.orgId,
      ]);
    },
    openConflictId: async (caseId = caseA.id) => {
      const id = randomUUID();
      await insertConflict(t.db, {
        id,
        orgId: org.orgId,
        caseId,
        entity: 'case',
        entityId: caseId,
        fieldPath: 'custody/status',
        kind: 'legal_field',
        status: 'open',
        serverValue: 'detained',
        clientValue: 'released_bond',
        serverActorId: null,
        serverChangedAt: null,
        clientActorId: org.attorneyA.id,
        clientDeviceId: randomUUID(),
        clientTime: '2026-11-27T10:00:00Z',
        mutationId: randomUUID(),
      });
      return id;
    },
    quarantineId: async () => {
      const id = randomUUID();
      await insertQuarantine(t.db, {
        id,
        orgId: org.orgId,
        deviceId: randomUUID(),
        userId: org.attorneyA.id,
        mutationId: randomUUID(),
        seq: 1,
        caseId: caseA.id,
        entity: 'case',
        reason: 'invalid_document',
        issues: null,
        payload: {},
      });
      return id;
    },
    applicableQuarantineId: async () => {
      const id = randomUUID();
      const payload = casePatch(1, caseA.id, 1, { 'custody/iceOffice': `ERO ${id}` });
      await insertQuarantine(t.db, {
        id,
        orgId: org.orgId,
        deviceId: randomUUID(),
        userId: org.attorneyA.id,
        mutationId: payload.mutationId,
        seq: 1,
        caseId: caseA.id,
        entity: 'case',
        reason: 'not_assigned',
        issues: null,
        payload: payload as unknown as JsonValue,
      });
      return id;
    },
    throwawayUserId: async () => {
      const id = randomUUID();
      await insertUser(t.db, {
        id,
        orgId: org.orgId,
        email: `throwaway-${id}@example.org`,
        displayName: 'Throwaway (test)',
        role: 'attorney',
        password: await hashPassword('throwaway password', CHEAP_PASSWORD_PARAMS),
      });
      return id;
    },
    approvalRequestId: async (requestedBy) => {
      const targetUserId = randomUUID();
      await insertUser(t.db, {
        id: targetUserId,
        orgId: org.orgId,
        email: `promoted-${targetUserId}@example.org`,
        displayName: 'Promoted (test)',
        role: 'attorney',
        password: await hashPassword('throwaway password', CHEAP_PASSWORD_PARAMS),
      });
      const id = randomUUID();
      await insertApproval(t.db, {
        id,
        orgId: org.orgId,
        kind: 'grant_role',
        targetUserId,
        role: 'supervisor',
        payload: {},
        requestedBy,
        ttlHours: 1,
      });
      return id;
    },
    throwawayDeviceId: async () => (await signIn(t.app, org.attorneyB)).deviceId,
    throwawayStaffSessionId: async () => (await consoleSignIn(t.app, org.supervisor)).sessionId,
    intakeId: async (state) => {
      const staff = await httpActorFor(t.db, org.orgId, org.supervisor.id);
      const [created] = await createIntakes(t.db, staff, [intakeContent()], 'console');
      if (state === 'cleared') {
        const check = await runConflictCheck(t.db, staff, created!.intakeId);
        await decideConflictCheck(t.db, staff, check.id, { decision: 'no_conflict' });
      }
      return created!.intakeId;
    },
    undecidedCheckId: async () => {
      const staff = await httpActorFor(t.db, org.orgId, org.supervisor.id);
      const [created] = await createIntakes(t.db, staff, [intakeContent()], 'console');
      return (await runConflictCheck(t.db, staff, created!.intakeId)).id;
    },
    reassignable: async () => {
      const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
      return { caseId: file.id, from: org.attorneyA.id, to: org.attorneyB.id };
    },
    closedCaseId: async () => {
      const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
      const staff = await httpActorFor(t.db, org.orgId, org.supervisor.id);
      await closeCase(t.db, staff, file.id, { kind: 'withdrawn' });
      return file.id;
    },
    readyReview: async () => {
      const review = readyReviewDoc(caseA.id, org.attorneyA.id);
      await insertEntity(t.db, {
        id: review.id,
        orgId: org.orgId,
        caseId: caseA.id,
        entity: 'review',
        doc: review as unknown as JsonObject,
        version: 1,
        fieldVersions: {},
      });
      return { id: review.id, hash: review.contentHash };
    },
    documentUpload: (caseId, commit = false) =>
      openDocumentUpload(t.db, org.orgId, org.supervisor.id, caseId, commit),
  };
}
