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

export const InstallUpdateResponseSchema = z.strictObject({ installing: z.boolean() });
