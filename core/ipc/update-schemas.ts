import { z } from 'zod';

export const updateStates = [
  'disabled',
  'idle',
  'checking',
  'available',
  'downloading',
  'ready',
  'up-to-date',
  'error',
] as const;

/** Where the updater is. `ready` means downloaded and waiting for the attorney's consent. */
export const UpdateStatusSchema = z.strictObject({
  state: z.enum(updateStates),
  version: z
    .string()
    .regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]{1,40})?$/)
    .nullable(),
});
export type UpdateStatus = z.infer<typeof UpdateStatusSchema>;

/**
 * "Install now", as the attorney answered it: how many changes the prompt said had not reached
 * MCJ. Main logs the number with the consent; the renderer saves every editor first.
 */
export const InstallUpdateRequestSchema = z.strictObject({
  unsyncedChanges: z.number().int().min(0).max(10_000_000),
});
export type InstallUpdateRequest = z.infer<typeof InstallUpdateRequestSchema>;

export const InstallUpdateResponseSchema = z.strictObject({ installing: z.boolean() });
