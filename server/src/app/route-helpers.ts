/** Small helpers shared by route modules: error schemas on every response, rate-limit settings. */
import { AppErrorShapeSchema } from '@core/errors/app-error';
import type { FastifyRequest } from 'fastify';
import { bearerToken, hashToken } from '../auth/token-codec';

/** Adds the error body to a route's response schemas, so error replies are validated too. */
export function withErrors<T extends Record<number, unknown>>(responses: T) {
  return { ...responses, '4xx': AppErrorShapeSchema, '5xx': AppErrorShapeSchema };
}

/** Per-minute rate limit, keyed by device token when there is one, else by client address. */
export function perMinute(max: number) {
  return {
    max,
    timeWindow: 60_000,
    keyGenerator: (request: FastifyRequest) => {
      const token = bearerToken(request.headers.authorization);
      return token ? `t:${hashToken(token)}` : `ip:${request.ip}`;
    },
  };
}

export function meta(request: FastifyRequest) {
  return { requestId: request.id };
}
