import type { AppErrorShape } from '@core/errors/app-error';
import { AppErrorShapeSchema } from '@core/errors/app-error';

/** A refused or failed request: the server's code, its message key, and field issues if any. */
export class ApiError extends Error {
  readonly status: number;
  readonly shape: AppErrorShape;

  constructor(status: number, shape: AppErrorShape) {
    super(shape.message);
    this.name = 'ApiError';
    this.status = status;
    this.shape = shape;
  }

  get code() {
    return this.shape.code;
  }

  get issues() {
    return this.shape.issues ?? [];
  }
}

/** No answer at all (server down, network gone): the console is online-only and says so. */
export function networkError(): ApiError {
  return new ApiError(0, { code: 'internal', message: 'console.network' });
}

export function apiErrorFrom(status: number, body: unknown): ApiError {
  const parsed = AppErrorShapeSchema.safeParse(body);
  if (parsed.success) return new ApiError(status, parsed.data);
  return new ApiError(status, { code: status >= 500 ? 'internal' : 'bad_request', message: '' });
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
