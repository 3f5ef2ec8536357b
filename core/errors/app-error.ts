import { z } from 'zod';

/**
 * Error codes that cross process and network boundaries (IPC, HTTP, sync).
 * Each code has a translation under `errors.<code>` in the renderer.
 */
export const errorCodes = [
  'bad_request',
  'validation_failed',
  'json_too_deep',
  'json_array_too_long',
  'unauthorized',
  'password_change_required',
  'forbidden',
  'not_found',
  'conflict',
  'payload_too_large',
  'rate_limited',
  'resync_required',
  'upgrade_required',
  'device_revoked',
  'ipc_untrusted_sender',
  'ipc_invalid_payload',
  /** The laptop's disk (its IndexedDB quota) is full: nothing new could be stored. */
  'storage_full',
  'internal',
] as const;

export const ErrorCodeSchema = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/** The serialisable shape of an error: a code and, optionally, where (never client data). */
export const AppErrorShapeSchema = z.strictObject({
  code: ErrorCodeSchema,
  message: z.string().max(500),
  issues: z
    .array(z.strictObject({ path: z.string().max(200), code: z.string().max(100) }))
    .max(100)
    .optional(),
});
export type AppErrorShape = z.infer<typeof AppErrorShapeSchema>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: AppErrorShape['issues'];

  constructor(code: ErrorCode, message: string = code, issues?: AppErrorShape['issues']) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = issues;
  }

  toShape(): AppErrorShape {
    return this.issues
      ? { code: this.code, message: this.message, issues: this.issues }
      : { code: this.code, message: this.message };
  }

  static fromShape(shape: AppErrorShape): AppError {
    return new AppError(shape.code, shape.message, shape.issues);
  }
}

/** Turns zod issues into paths and codes only: the rejected values may be client data. */
export function issuesFromZod(error: z.ZodError): NonNullable<AppErrorShape['issues']> {
  return error.issues.slice(0, 100).map((issue) => ({
    path: issue.path.map(String).join('.').slice(0, 200),
    code: (issue.message || issue.code).slice(0, 100),
  }));
}
