/** Request and response bodies of `/v1/sync/*`. */
import { z } from 'zod';
import { DeviceShareSchema } from './auth-schemas';
import { ENCODED_CURSOR_MAX_LENGTH } from './cursor-codec';
import { ParsedJsonObjectSchema } from './json-value';
import { MutationResultSchema, MutationSchema, SyncEntitySchema } from './mutation-schemas';
import { PULL_MAX_ROWS, PUSH_MAX_MUTATIONS } from './protocol-constants';

const version = () => z.number().int().min(0).max(1_000_000);
const counter = () => z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const HelloRequestSchema = z.object({
  deviceId: z.uuid(),
  appVersion: z.string().min(1).max(50),
  protocolVersion: version(),
  schemaVersion: version(),
  /** What the device believes the server acknowledged; the server's answer is authoritative. */
  lastAckedSeq: counter(),
});
export type HelloRequest = z.infer<typeof HelloRequestSchema>;

export const UpgradeAdviceSchema = z.enum(['none', 'recommended', 'required']);
export type UpgradeAdvice = z.infer<typeof UpgradeAdviceSchema>;

export const HelloResponseSchema = z.object({
  serverTime: z.iso.datetime(),
  protocolVersion: version(),
  minProtocol: version(),
  schemaVersion: version(),
  lastAckedSeq: counter(),
  leaseExpiresAt: z.iso.datetime(),
  /** The device's share (issue 19 #2); never sent to a revoked device. */
  share: DeviceShareSchema.optional(),
  /** The device was revoked: shred the local keys and data now. */
  wipe: z.boolean(),
  upgrade: UpgradeAdviceSchema,
  /**
   * The organisation's change-history epoch. A change means the server's history was reset or
   * restored from a backup: the laptop downloads its cases again (its cursor is void).
   */
  syncEpoch: z
    .number()
    .int()
    .min(1)
    .max(2 ** 31)
    .optional(),
});
export type HelloResponse = z.infer<typeof HelloResponseSchema>;

export const PushRequestSchema = z.object({
  deviceId: z.uuid(),
  protocolVersion: version(),
  schemaVersion: version(),
  mutations: z.array(MutationSchema).max(PUSH_MAX_MUTATIONS),
});
export type PushRequest = z.infer<typeof PushRequestSchema>;

export const PushResponseSchema = z.object({
  results: z.array(MutationResultSchema).max(PUSH_MAX_MUTATIONS),
  /** Every mutation up to here is settled (applied, conflict or rejected): drop it from the outbox. */
  lastAckedSeq: counter(),
});
export type PushResponse = z.infer<typeof PushResponseSchema>;

export const PullQuerySchema = z.object({
  cursor: z.string().min(1).max(ENCODED_CURSOR_MAX_LENGTH).optional(),
  limit: z.coerce.number().int().min(1).max(PULL_MAX_ROWS).default(PULL_MAX_ROWS),
});
export type PullQuery = z.infer<typeof PullQuerySchema>;

export const ChangeOpSchema = z.enum(['upsert', 'delete']);

export const ChangeMetaSchema = z.object({
  /** A note revision that arrived after its note was finalised: show it as an addendum. */
  afterFinal: z.boolean().optional(),
  /** The note this revision belongs to is final (this revision or an earlier one finalised it). */
  noteFinal: z.boolean().optional(),
  /**
   * For a note revision: its place in the server's change order, which decides which head of a
   * fork is shown first (never the laptops' clocks). Absent when the change log no longer has it.
   */
  serverSeq: counter().optional(),
});

export const ChangeSchema = z.object({
  entity: SyncEntitySchema,
  id: z.uuid(),
  caseId: z.uuid(),
  version: counter(),
  op: ChangeOpSchema,
  /** The current document (null for deletes); validated by core/domain when it was written. */
  row: ParsedJsonObjectSchema.nullable(),
  meta: ChangeMetaSchema.optional(),
});
export type Change = z.infer<typeof ChangeSchema>;

/**
 * A case's synced state as a checksum: XOR of the first 8 bytes of SHA-256 of `e|id|version` per
 * live document and `r|id` per note revision, as lowercase hex (two's complement, no leading zeros).
 */
export const CaseChecksumSchema = z.object({
  caseId: z.uuid(),
  checksum: z.string().regex(/^[0-9a-f]{1,16}$/),
});
export type CaseChecksum = z.infer<typeof CaseChecksumSchema>;

export const PullResponseSchema = z.object({
  changes: z.array(ChangeSchema).max(PULL_MAX_ROWS),
  /** Cases newly visible to this user: their rows follow in this and the next pages. */
  grants: z.array(z.uuid()),
  /** Cases no longer visible: push pending work for them, then forget them. */
  revocations: z.array(z.uuid()),
  nextCursor: z.string().max(ENCODED_CURSOR_MAX_LENGTH),
  hasMore: z.boolean(),
  /**
   * State checksums (additive, issue 21) of cases in this page whose every change up to
   * `nextCursor` the laptop now holds: compared after the page is applied.
   */
  checksums: z.array(CaseChecksumSchema).max(PULL_MAX_ROWS).optional(),
});
export type PullResponse = z.infer<typeof PullResponseSchema>;

export const ChecksumsQuerySchema = z.object({
  cursor: z.string().min(1).max(ENCODED_CURSOR_MAX_LENGTH),
});

/** Checksums of every visible case the cursor has fully reached (a laptop's periodic check). */
export const ChecksumsResponseSchema = z.object({
  checksums: z.array(CaseChecksumSchema).max(100_000),
});
export type ChecksumsResponse = z.infer<typeof ChecksumsResponseSchema>;

export const CaseSnapshotQuerySchema = z.object({
  caseId: z.uuid(),
  after: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(PULL_MAX_ROWS).default(PULL_MAX_ROWS),
});
export type CaseSnapshotQuery = z.infer<typeof CaseSnapshotQuerySchema>;

/**
 * Every current row of one case (a re-fetch after a checksum mismatch), in pages. `checksum` and
 * `lastSeq` are read with each page: equal `lastSeq` on the first and last page means nothing
 * changed in between, so the rows and the checksum describe one state.
 */
export const CaseSnapshotResponseSchema = z.object({
  changes: z.array(ChangeSchema).max(PULL_MAX_ROWS),
  next: z.string().max(200).nullable(),
  checksum: z
    .string()
    .regex(/^[0-9a-f]{1,16}$/)
    .nullable(),
  lastSeq: counter(),
});
export type CaseSnapshotResponse = z.infer<typeof CaseSnapshotResponseSchema>;
