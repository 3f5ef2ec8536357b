/**
 * The admin CLI's commands about cases and what syncs: creating and assigning cases, publishing
 * versions, the review queues, the sync epoch, the audit export for reading, pruning the change log.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { AppError } from '@core/errors/app-error';
import { ConflictStatusSchema, PublicationKindSchema } from '@core/sync/admin-schemas';
import { CHANGE_RETENTION_DAYS } from '@core/sync/protocol-constants';
import { auditBase } from '../admin/admin-actor';
import { assignCase, createCases, listCases, unassignCase } from '../admin/cases-service';
import { applyQuarantineItem } from '../admin/quarantine-service';
import {
  exportAudit,
  listOrgConflicts,
  listOrgQuarantine,
  publishVersion,
  toJsonLines,
} from '../admin/review-service';
import { appendAudit } from '../repositories/audit-repository';
import { pruneChanges } from '../repositories/change-log-repository';
import { bumpSyncEpoch } from '../repositories/organisations-repository';
import { required } from './cli-args';
import type { AdminCommand } from './command-context';
import { json, userIdByEmail } from './command-context';

const createOrImport: AdminCommand = async ({ db, actor, command, v }) => {
  const parsed: unknown = JSON.parse(await readFile(required(v.file, 'file'), 'utf8'));
  if (command === 'create-case' && Array.isArray(parsed)) {
    throw new AppError('bad_request', 'create-case takes one case file; use import-cases');
  }
  const files = Array.isArray(parsed) ? parsed : [parsed];
  const assignTo = await Promise.all(
    (v.assign ?? []).map((email) => userIdByEmail(db, email, actor.orgId)),
  );
  return json({ caseIds: await createCases(db, actor, files, assignTo) });
};

const assignOrUnassign: AdminCommand = async ({ db, actor, command, v }) => {
  const caseId = required(v.case, 'case');
  const userId = await userIdByEmail(db, required(v.email, 'email'), actor.orgId);
  return json(
    command === 'assign'
      ? await assignCase(db, actor, caseId, userId)
      : await unassignCase(db, actor, caseId, userId),
  );
};

export const caseCommands = new Map<string, AdminCommand>([
  ['create-case', createOrImport],
  ['import-cases', createOrImport],
  ['assign', assignOrUnassign],
  ['unassign', assignOrUnassign],
  [
    'publish',
    async ({ db, actor, v }) => {
      const checksum = v.file
        ? createHash('sha256')
            .update(await readFile(v.file))
            .digest('hex')
        : required(v.checksum, 'checksum');
      const kind = PublicationKindSchema.parse(required(v.kind, 'kind'));
      return json(
        await publishVersion(db, actor, {
          kind,
          version: required(v.version, 'version'),
          checksum,
          notes: v.notes,
        }),
      );
    },
  ],
  ['list-cases', async ({ db, actor }) => json(await listCases(db, actor))],
  [
    'apply-quarantine',
    async ({ db, actor, v }) => json(await applyQuarantineItem(db, actor, required(v.id, 'id'))),
  ],
  [
    'bump-sync-epoch',
    async ({ db, actor }) => {
      const epoch = await bumpSyncEpoch(db, actor.orgId);
      await appendAudit(db, {
        ...auditBase(actor),
        action: 'admin.sync_epoch_bumped',
        outcome: 'ok',
        details: { epoch, via: actor.via },
      });
      return json({ syncEpoch: epoch });
    },
  ],
  ['list-quarantine', async ({ db, actor }) => json(await listOrgQuarantine(db, actor))],
  [
    'list-conflicts',
    async ({ db, actor, v }) =>
      json(
        await listOrgConflicts(
          db,
          actor,
          v.status ? { status: ConflictStatusSchema.parse(v.status) } : {},
        ),
      ),
  ],
  [
    'export-audit',
    async ({ db, actor, v }) => {
      const lines = toJsonLines(await exportAudit(db, actor, { since: v.since, limit: 1_000_000 }));
      if (!v.out) return lines.trimEnd();
      await writeFile(v.out, lines, { mode: 0o600 });
      return json({ written: v.out, events: lines.split('\n').length - 1 });
    },
  ],
  [
    'prune-changes',
    async ({ db, actor, v }) => {
      const days = Number(v.days ?? CHANGE_RETENTION_DAYS);
      const pruned = await pruneChanges(db, actor.orgId, new Date(Date.now() - days * 86_400_000));
      return json({ pruned });
    },
  ],
]);
