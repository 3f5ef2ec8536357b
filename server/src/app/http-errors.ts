/**
 * One mapping from any error to an HTTP status and an `AppErrorShape`. Clients only ever see a
 * code, a fixed message and (for validation) paths with message keys: never stacks, SQL, or the
 * rejected values, which may be client data.
 */
import type { AppErrorShape, ErrorCode } from '@core/errors/app-error';
import { AppError } from '@core/errors/app-error';
import { ZodError } from 'zod';

export const statusByCode: Record<ErrorCode, number> = {
  bad_request: 400,
  validation_failed: 400,
  json_too_deep: 400,
  json_array_too_long: 400,
  unauthorized: 401,
  password_change_required: 403,
  device_revoked: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  resync_required: 410,
  payload_too_large: 413,
  upgrade_required: 426,
  rate_limited: 429,
  ipc_untrusted_sender: 400,
  ipc_invalid_payload: 400,
  storage_full: 507,
  internal: 500,
};

interface FastifyLikeError {
  statusCode?: number;
  code?: string;
  validation?: Array<{ instancePath?: string; message?: string; params?: Record<string, unknown> }>;
  validationContext?: string;
}

function validationIssues(error: FastifyLikeError): NonNullable<AppErrorShape['issues']> {
  return (error.validation ?? []).slice(0, 100).map((issue) => {
    const zodIssue = issue.params?.['issue'] as { path?: unknown[]; message?: string } | undefined;
    const path =
      zodIssue?.path?.map(String).join('.') ??
      issue.instancePath?.replace(/^\//, '').replace(/\//g, '.') ??
      '';
    const where = error.validationContext
      ? `${error.validationContext}${path ? '.' : ''}${path}`
      : path;
    return {
      path: where.slice(0, 200),
      code: (zodIssue?.message ?? issue.message ?? 'invalid').slice(0, 100),
    };
  });
}

export function toErrorResponse(error: unknown): { status: number; body: AppErrorShape } {
  if (error instanceof AppError) {
    return { status: statusByCode[error.code], body: error.toShape() };
  }
  if (error instanceof ZodError) {
    const issues = error.issues.slice(0, 100).map((issue) => ({
      path: issue.path.map(String).join('.').slice(0, 200),
      code: (issue.message || issue.code).slice(0, 100),
    }));
    return {
      status: 400,
      body: { code: 'validation_failed', message: 'validation_failed', issues },
    };
  }
  const fastifyError = (error ?? {}) as FastifyLikeError;
  if (Array.isArray(fastifyError.validation)) {
    return {
      status: 400,
      body: {
        code: 'validation_failed',
        message: 'validation_failed',
        issues: validationIssues(fastifyError),
      },
    };
  }
  const status = fastifyError.statusCode;
  if (status === 413)
    return { status, body: { code: 'payload_too_large', message: 'payload_too_large' } };
  if (status === 429) return { status, body: { code: 'rate_limited', message: 'rate_limited' } };
  if (status === 404) return { status, body: { code: 'not_found', message: 'not_found' } };
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return { status, body: { code: 'bad_request', message: 'bad_request' } };
  }
  return { status: 500, body: { code: 'internal', message: 'internal' } };
}
