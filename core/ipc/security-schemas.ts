import { z } from 'zod';

/**
 * Where the OS keeps the device secret: `keychain` (macOS), `dpapi` (Windows), a Linux
 * `safeStorage.getSelectedStorageBackend()` value, or `unavailable` when no OS encryption could be used.
 */
export const secretStorageBackends = [
  'keychain',
  'dpapi',
  'gnome_libsecret',
  'kwallet',
  'kwallet5',
  'kwallet6',
  'basic_text',
  'unknown',
  'unavailable',
] as const;
export const SecretStorageBackendSchema = z.enum(secretStorageBackends);
export type SecretStorageBackend = z.infer<typeof SecretStorageBackendSchema>;

/** Standard base64 of exactly 32 bytes. */
export const DeviceSecretBase64Schema = z
  .string()
  .regex(/^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$/, { error: 'validation.deviceSecret.format' });

export const DeviceSecretSchema = z.strictObject({
  secret: DeviceSecretBase64Schema,
  backend: SecretStorageBackendSchema,
  /** False when the OS gives no real protection (Linux `basic_text`, `unknown`, or `unavailable`). */
  isProtected: z.boolean(),
});
export type DeviceSecret = z.infer<typeof DeviceSecretSchema>;

export const lockReasons = ['screen-lock', 'suspend', 'idle', 'menu'] as const;
export const LockReasonSchema = z.enum(lockReasons);
export type LockReason = z.infer<typeof LockReasonSchema>;

/**
 * Main asks the renderer to save, drop its keys and reload; main reloads it itself after a grace
 * period unless the renderer reports (`session:report-flush`, same `requestId`) that the lock is
 * held for the attorney because some work could not be saved.
 */
export const LockRequestedSchema = z.strictObject({
  reason: LockReasonSchema,
  requestId: z.uuid(),
});
export type LockRequested = z.infer<typeof LockRequestedSchema>;

/** Main asks the renderer to save everything before the window closes. */
export const FlushRequestedSchema = z.strictObject({ requestId: z.uuid() });
export type FlushRequested = z.infer<typeof FlushRequestedSchema>;

/**
 * The renderer's answer to a flush or lock request. `saved`: everything is committed;
 * `discarded`: the attorney chose to go on without unsaved work; `held`: saving failed and the
 * attorney is deciding (main stops its timeout and waits); `cancelled`: the attorney chose to
 * keep working (the window stays open).
 */
export const flushReportStates = ['saved', 'held', 'discarded', 'cancelled'] as const;
export const FlushReportSchema = z.strictObject({
  requestId: z.uuid(),
  state: z.enum(flushReportStates),
});
export type FlushReport = z.infer<typeof FlushReportSchema>;
