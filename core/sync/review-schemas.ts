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
});
export type CaseConflictsResponse = z.infer<typeof CaseConflictsResponseSchema>;
