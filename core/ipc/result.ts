import { z } from 'zod';
import { ErrorCodeSchema } from '../errors/app-error';

/** What crosses IPC when a call fails: a code and a message key, never client data. */
export const IpcErrorSchema = z.strictObject({
  code: ErrorCodeSchema,
  message: z.string().max(500),
});
export type IpcError = z.infer<typeof IpcErrorSchema>;

/**
 * The wire format of every `ipcRenderer.invoke` reply. The preload unwraps it: the bridge function
 * resolves with `value`, or rejects with the plain `IpcError` object (a thrown Error would lose its
 * `code` crossing the context bridge).
 */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export function isIpcError(value: unknown): value is IpcError {
  return IpcErrorSchema.safeParse(value).success;
}
