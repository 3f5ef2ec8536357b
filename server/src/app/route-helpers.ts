/** Small helpers shared by route modules: error schemas on every response, rate-limit settings. */
import { AppErrorShapeSchema } from '@core/errors/app-error';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { RateLimitedError } from '../auth/sign-in-guard';

/** Adds the error body to a route's response schemas, so error replies are validated too. */
export function withErrors<T extends Record<number, unknown>>(responses: T) {
  return { ...responses, '4xx': AppErrorShapeSchema, '5xx': AppErrorShapeSchema };
}

/**
 * Per-minute rate limit, keyed by the authenticated device or console session on routes that need
 * a role (the access hook has already checked its token), else by client address. A bearer header that was not
 * authenticated never chooses the key: random tokens cannot buy fresh buckets.
 */
export function perMinute(max: number) {
  return {
    max,
    timeWindow: 60_000,
    keyGenerator: (request: FastifyRequest) =>
      request.auth
        ? `d:${request.auth.deviceId}`
        : request.staff
          ? `s:${request.staff.sessionId}`
          : `ip:${request.ip}`,
  };
}

/** Adds Retry-After to a refusal by the `SignInGuard`. */
export async function withRetryAfter<T>(reply: FastifyReply, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof RateLimitedError)
      void reply.header('retry-after', String(error.retryAfterSeconds));
    throw error;
  }
}

export function meta(request: FastifyRequest) {
  return { requestId: request.id, address: request.ip };
}
