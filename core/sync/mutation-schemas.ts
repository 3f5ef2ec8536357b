/**
 * One mutation is one intent recorded in a device's outbox. `mutationId` is the idempotency key;
 * `seq` is gap-free per device, so the server can apply a device's work in order, exactly once.
 * The envelope is a plain (not strict) object so that fields added by newer clients are ignored
 * rather than rejected (`/v1` is additive); documents inside are validated strictly by core/domain.
 */
import { z } from 'zod';
import { FieldPathSchema } from './field-path';
import { JsonObjectSchema, JsonValueSchema } from './json-value';
import { PatchSchema } from './document-patch';

export const syncEntities = [
  'case',
  'interview',
  'noteRevision',
  'checklist',
  'deadline',
  'comment',
  'intake',
  'custodyCheck',
  'contact',
  'timeEntry',
  'review',
  'draftExport',
] as const;
export const SyncEntitySchema = z.enum(syncEntities);
export type SyncEntity = z.infer<typeof SyncEntitySchema>;

/** Entities stored as mergeable documents (every entity but note revisions). */
export const documentEntities = [
  'case',
  'interview',
  'checklist',
  'deadline',
  'comment',
  'intake',
  'custodyCheck',
  'contact',
  'timeEntry',
  'review',
  'draftExport',
] as const;
export type DocumentEntity = (typeof documentEntities)[number];

export function isDocumentEntity(entity: SyncEntity): entity is DocumentEntity {
  return entity !== 'noteRevision';
}

/**
 * Entities that are their own sync scope (`caseId` is their own id): a case, and an intake,
 * which is not a case yet. Everything else belongs to a case.
 */
export const scopeEntities = ['case', 'intake'] as const;
export type ScopeEntity = (typeof scopeEntities)[number];

export function isScopeEntity(entity: string): entity is ScopeEntity {
  return entity === 'case' || entity === 'intake';
}

export const mutationKinds = ['create', 'patch', 'delete', 'noteRevision', 'noteFinalize'] as const;
export const MutationKindSchema = z.enum(mutationKinds);
export type MutationKind = z.infer<typeof MutationKindSchema>;

const MAX_SEQ = Number.MAX_SAFE_INTEGER;

export const MutationSchema = z
  .object({
    mutationId: z.uuid(),
    seq: z.number().int().min(1).max(MAX_SEQ),
    kind: MutationKindSchema,
    entity: SyncEntitySchema,
    entityId: z.uuid(),
    caseId: z.uuid(),
    /** The entity version the device had when it made the change; 0 for creations. */
    baseVersion: z.number().int().min(0).max(MAX_SEQ),
    patch: PatchSchema,
    /** The device's values at `baseVersion` for the fields it changed (avoids false conflicts). */
    baseValues: z.record(FieldPathSchema, JsonValueSchema).optional(),
    parentRevisionIds: z.array(z.uuid()).max(16).optional(),
    /** The whole document for `create`, the revision for `noteRevision` and `noteFinalize`. */
    body: JsonObjectSchema.optional(),
    /** Shown to people only; never used for ordering or conflict detection. */
    clientTime: z.iso.datetime({ offset: true }),
    /**
     * A laptop restored from an older backup sends a change again under a new id (its first id
     * had been used, on the timeline the restore undid, for a later state of it): every change
     * to the same fields since `baseVersion`, this device's own included, counts as concurrent.
     */
    afterRestore: z.literal(true).optional(),
    /**
     * A note revision the server lacks after it was restored from a backup, sent back by a device
     * that holds it: it keeps its author, who may be someone else (docs/sync.md, 9).
     */
    recovered: z.literal(true).optional(),
  })
  .superRefine((mutation, ctx) => {
    const noteKind = mutation.kind === 'noteRevision' || mutation.kind === 'noteFinalize';
    if (noteKind !== (mutation.entity === 'noteRevision')) {
      ctx.addIssue({ code: 'custom', message: 'sync.mutation.kindEntity', path: ['kind'] });
    }
    const needsBody = noteKind || mutation.kind === 'create';
    if (needsBody !== (mutation.body !== undefined)) {
      ctx.addIssue({ code: 'custom', message: 'sync.mutation.body', path: ['body'] });
    }
    if (isScopeEntity(mutation.entity) && mutation.entityId !== mutation.caseId) {
      ctx.addIssue({ code: 'custom', message: 'sync.mutation.caseId', path: ['caseId'] });
    }
  });
export type Mutation = z.infer<typeof MutationSchema>;

export const mutationStatuses = [
  'applied',
  'duplicate',
  'conflict',
  'rejected',
  'deferred',
] as const;
export const MutationStatusSchema = z.enum(mutationStatuses);
export type MutationStatus = z.infer<typeof MutationStatusSchema>;

/**
 * Why a mutation was rejected (quarantined), deferred, or applied with a caveat. Rejections are
 * final for that mutation; its payload waits in quarantine for a supervisor.
 */
export const resultReasons = [
  // rejected: authorisation
  'not_assigned',
  'forbidden_role',
  'case_mismatch',
  // rejected: validation
  'invalid_document',
  'invalid_patch',
  'not_found',
  'already_exists',
  'seq_reused',
  /** The mutation id was settled before with different content: not a replay, never applied. */
  'mutation_mismatch',
  /**
   * Sent by a revoked laptop as its last work (its final push before it wipes): kept whole for a
   * supervisor to read and apply, never applied on arrival.
   */
  'device_revoked',
  /** A change to an intake MCJ staff have already accepted, merged or declined. */
  'intake_decided',
  /**
   * A change to a case MCJ had closed (typed before the laptop heard of the closing): kept whole
   * for a supervisor to read and apply, never applied on arrival.
   */
  'case_closed',
  // deferred
  'gap',
  'server_busy',
  'schema_unsupported',
  /**
   * The seq was settled for other work (the laptop was restored from an older backup): number
   * this and every later entry again from the answer's `lastAckedSeq + 1` and send them again.
   */
  'seq_renumber',
  // applied or conflict, with a caveat
  'legal_field_conflict',
  'edit_wins',
  'after_final',
  'final_immutable',
  'restored',
  /**
   * A record sent back after a restore (`recovered`) that the server holds deleted, with nothing
   * the deletion did not see: the deletion stands, and the laptop drops its copy (issue 21).
   */
  'deleted',
  /** The device claimed a version the server never had; every field it changed was checked as concurrent. */
  'base_version_ahead',
] as const;
export const ResultReasonSchema = z.enum(resultReasons);
export type ResultReason = z.infer<typeof ResultReasonSchema>;

export const MutationResultSchema = z.object({
  mutationId: z.uuid(),
  seq: z.number().int().min(1).max(MAX_SEQ),
  status: MutationStatusSchema,
  /** For a `duplicate`: the status the mutation got when it was first settled. */
  originalStatus: MutationStatusSchema.optional(),
  /** The entity's server version after this mutation (applied, duplicate or conflict). */
  newVersion: z.number().int().min(0).max(MAX_SEQ).optional(),
  /** The entity as the server now holds it, when it differs from what the device will compute. */
  serverRow: JsonObjectSchema.optional(),
  conflictIds: z.array(z.uuid()).max(1000).optional(),
  /**
   * The review items of `conflictIds` as the server recorded them, so that the laptop's copy can
   * be sent back if a server restore loses them (docs/sync.md guarantee 9). Absent from older
   * servers.
   */
  conflicts: z
    .array(
      z.object({
        id: z.uuid(),
        fieldPath: z.string().max(512),
        kind: z.string().max(64),
        status: z.enum(['open', 'resolved', 'auto_resolved']),
        serverValue: JsonValueSchema.optional(),
        clientValue: JsonValueSchema.optional(),
        serverActorId: z.uuid().nullable(),
        serverChangedAt: z.string().max(64).nullable(),
        clientActorId: z.uuid(),
      }),
    )
    .max(1000)
    .optional(),
  reason: ResultReasonSchema.optional(),
  /**
   * For a `duplicate` whose id this device used before for other content (it was restored from a
   * backup taken while the change was still being typed): an earlier state of what it sent. For a
   * note revision, `serverRow` is the revision as the server holds it, to take in place of the
   * laptop's; a document change is sent again under a new id, `afterRestore` (docs/sync.md, 9).
   */
  superseded: z.boolean().optional(),
});
export type MutationResult = z.infer<typeof MutationResultSchema>;
