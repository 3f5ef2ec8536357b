/**
 * Every route declares who may call it (`config.access`). Checked in one `onRequest` hook, before
 * the body is parsed or validated, so anonymous callers learn nothing about payload rules. A route
 * registered without `access` makes the server refuse to start: deny by default.
 */
import { AppError } from '@core/errors/app-error';
import type { Role } from '@core/sync/auth-schemas';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AuthContext } from '../auth/auth-context';
import { authenticate } from '../auth/auth-service';
import { bearerToken } from '../auth/token-codec';
import type { Db } from '../db/db';

export type RouteAccess =
  { kind: 'public' } | { kind: 'roles'; roles: readonly Role[]; allowRevokedDevice?: boolean };

export const PUBLIC: RouteAccess = { kind: 'public' };
export const ALL_ROLES: readonly Role[] = ['attorney', 'supervisor', 'admin'];

export function roles(...allowed: Role[]): RouteAccess {
  return { kind: 'roles', roles: allowed };
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    auth: AuthContext | null;
  }
}

export interface RegisteredRoute {
  method: string;
  url: string;
  access: RouteAccess;
}

export function installRouteAccess(app: FastifyInstance, db: Db): RegisteredRoute[] {
  const registered: RegisteredRoute[] = [];
  app.decorateRequest('auth', null);
  app.addHook('onRoute', (route) => {
    // The web-mode renderer's files (@fastify/static's wildcard) are public by nature.
    if (route.url === '/*') route.config = { ...route.config, access: PUBLIC };
    if (route.method === 'HEAD') return;
    const access = route.config?.access;
    if (!access) throw new Error(`Route ${String(route.method)} ${route.url} has no access rule`);
    for (const method of [route.method].flat()) {
      registered.push({ method: String(method), url: route.url, access });
    }
  });
  app.addHook('onRequest', async (request: FastifyRequest) => {
    const access = request.routeOptions.config?.access;
    if (!access || access.kind === 'public') return;
    const token = bearerToken(request.headers.authorization);
    if (!token) throw new AppError('unauthorized');
    const auth = await authenticate(db, token);
    if (auth === 'unauthorized') throw new AppError('unauthorized');
    if (auth.deviceRevoked && !access.allowRevokedDevice) throw new AppError('device_revoked');
    if (!access.roles.includes(auth.role)) throw new AppError('forbidden');
    request.auth = auth;
  });
  return registered;
}

/** The caller of a route that requires a role (the hook guarantees it is set). */
export function authOf(request: FastifyRequest): AuthContext {
  if (!request.auth) throw new AppError('unauthorized');
  return request.auth;
}
