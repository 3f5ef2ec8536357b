/** What a laptop learns about conflicts on the cases its user may see (`/v1/sync/conflicts`). */
import { z } from 'zod';
import { ConflictSchema } from './admin-schemas';

export const ConflictPersonSchema = z.object({ id: z.uuid(), displayName: z.string().max(200) });
export type ConflictPerson = z.infer<typeof ConflictPersonSchema>;

export const CaseConflictsResponseSchema = z.object({
  /** Open conflicts, and those resolved in the last 30 days (so every device sees the outcome). */
  items: z.array(ConflictSchema).max(1000),
  /** Names of the people who made each side of a change, for "who changed it". */
  people: z.array(ConflictPersonSchema).max(1000),
  /**
   * Mutation ids of this user's refused changes that a supervisor applied after review (last 30
   * days): the laptop stops listing them as refused.
   */
  appliedQuarantine: z.array(z.uuid()).max(1000).optional(),
});
export type CaseConflictsResponse = z.infer<typeof CaseConflictsResponseSchema>;

/**
 * A laptop erased its data (forgotten passphrase, "forget this computer", or a server-requested
 * wipe). Sent with the next sign-in so MCJ's audit log records it, above all when unsynced work
 * was knowingly discarded.
 */
export const WipeReportSchema = z.strictObject({
  wipedDeviceId: z.uuid().nullable(),
  reason: z.enum(['forgotPassphrase', 'forgetDevice', 'serverRequested']),
  unsyncedChanges: z.number().int().min(0).max(1_000_000),
  /** Documents whose bytes had not reached MCJ (absent from reports of laptops before it). */
  unsyncedDocuments: z.number().int().min(0).max(1_000_000).default(0),
  overridden: z.boolean(),
  wipedAt: z.iso.datetime(),
});
export type WipeReport = z.infer<typeof WipeReportSchema>;

export const WipeReportRequestSchema = z.strictObject({
  reports: z.array(WipeReportSchema).min(1).max(20),
});
export const WipeReportResponseSchema = z.object({ recorded: z.number().int().min(0) });

/**
 * Review items awaiting a person that a laptop held when it saw a server restore, and the restored
 * server no longer lists (issue 21, docs/sync.md guarantee 9): sent back so that a value replaced
 * with a visible trace keeps it. The laptop's copy as fetched; the server fills what it lacks.
 */
export const RecoveredConflictSchema = ConflictSchema.pick({
  id: true,
  caseId: true,
  entity: true,
  entityId: true,
  fieldPath: true,
  kind: true,
  serverValue: true,
  clientValue: true,
  serverActorId: true,
  serverChangedAt: true,
  clientActorId: true,
  clientTime: true,
}).extend({
  status: z.enum(['open', 'auto_resolved']),
  clientDeviceId: z.uuid().optional(),
  mutationId: z.uuid().optional(),
});
export type RecoveredConflict = z.infer<typeof RecoveredConflictSchema>;
export const RecoverConflictsRequestSchema = z.strictObject({
  items: z.array(RecoveredConflictSchema).min(1).max(100),
});
export const RecoverConflictsResponseSchema = z.object({ recovered: z.number().int().min(0) });
