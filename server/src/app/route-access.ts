/**
 * Every route declares who may call it (`config.access`). Checked in one `onRequest` hook, before
 * the body is parsed or validated, so anonymous callers learn nothing about payload rules. A route
 * registered without `access` makes the server refuse to start: deny by default. A route takes
 * laptop (device) tokens only unless it says it also takes staff console sessions.
 */
import { AppError } from '@core/errors/app-error';
import type { Role } from '@core/sync/auth-schemas';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AuthContext, Caller, StaffAuth } from '../auth/auth-context';
import { callerFromDevice, callerFromStaff } from '../auth/auth-context';
import { authenticate } from '../auth/auth-service';
import { authenticateStaff, isStaffToken } from '../auth/staff-session-service';
import { bearerToken } from '../auth/token-codec';
import type { Db } from '../db/db';

/** Which kind of token a route takes: laptops (the default), the staff console, or both. */
export type RouteClients = 'devices' | 'console' | 'both';

export type RouteAccess =
  | { kind: 'public' }
  | {
      kind: 'roles';
      roles: readonly Role[];
      allowRevokedDevice?: boolean;
      clients?: RouteClients;
    };

export const PUBLIC: RouteAccess = { kind: 'public' };
export const ALL_ROLES: readonly Role[] = ['attorney', 'supervisor', 'admin'];

/** Laptops (device tokens) only. */
export function roles(...allowed: Role[]): RouteAccess {
  return { kind: 'roles', roles: allowed };
}

/** Laptops and staff console sessions (admin and supervision routes). */
export function staffRoles(...allowed: Role[]): RouteAccess {
  return { kind: 'roles', roles: allowed, clients: 'both' };
}

/** Staff console sessions only. */
export function consoleRoles(...allowed: Role[]): RouteAccess {
  return { kind: 'roles', roles: allowed, clients: 'console' };
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    /** A laptop's device token. */
    auth: AuthContext | null;
    /** A staff console session. */
    staff: StaffAuth | null;
  }
}

export interface RegisteredRoute {
  method: string;
  url: string;
  access: RouteAccess;
  /** The route's body schema (zod), when it takes a body: what the input fuzz test aims at. */
  body?: unknown;
}

function failedAuthCounter(max: number) {
  const windows = new Map<string, { start: number; count: number }>();
  const current = (address: string) => {
    const now = Date.now();
    let window = windows.get(address);
    if (!window || now - window.start >= 60_000) {
      window = { start: now, count: 0 };
      windows.delete(address);
      windows.set(address, window);
      if (windows.size > 100_000) windows.delete(windows.keys().next().value as string);
    }
    return window;
  };
  return {
    blocked: (address: string) => current(address).count >= max,
    failed: (address: string) => {
      current(address).count += 1;
    },
  };
}

/**
 * `failedAuthPerMinute`: failed bearer authentications per client address and minute before the
 * address gets 429 without a lookup, so random tokens cannot be tried at the database's pace.
 */
export function installRouteAccess(
  app: FastifyInstance,
  db: Db,
  failedAuthPerMinute: number,
): RegisteredRoute[] {
  const registered: RegisteredRoute[] = [];
  const failures = failedAuthCounter(failedAuthPerMinute);
  app.decorateRequest('auth', null);
  app.decorateRequest('staff', null);
  app.addHook('onRoute', (route) => {
    // The web-mode renderer's and the console's files (@fastify/static's wildcards) are public
    // by nature: they hold no data; the API behind them checks every call.
    if (route.url === '/*' || route.url === '/console/*')
      route.config = { ...route.config, access: PUBLIC };
    if (route.method === 'HEAD') return;
    const access = route.config?.access;
    if (!access) throw new Error(`Route ${String(route.method)} ${route.url} has no access rule`);
    for (const method of [route.method].flat()) {
      registered.push({
        method: String(method),
        url: route.url,
        access,
        ...(route.schema?.body ? { body: route.schema.body } : {}),
      });
    }
  });
  app.addHook('onRequest', async (request: FastifyRequest) => {
    const access = request.routeOptions.config?.access;
    if (!access || access.kind === 'public') return;
    if (failures.blocked(request.ip)) throw new AppError('rate_limited');
    const token = bearerToken(request.headers.authorization);
    const clients = access.clients ?? 'devices';
    if (token && isStaffToken(token)) {
      const staff = await authenticateStaff(db, token).catch((error: unknown) => {
        failures.failed(request.ip);
        throw error;
      });
      if (clients === 'devices') throw new AppError('forbidden', 'auth.deviceRequired');
      if (!access.roles.includes(staff.role)) throw new AppError('forbidden');
      request.staff = staff;
      return;
    }
    const auth = token ? await authenticate(db, token) : 'unauthorized';
    if (auth === 'unauthorized') {
      failures.failed(request.ip);
      throw new AppError('unauthorized');
    }
    if (auth.deviceRevoked && !access.allowRevokedDevice) throw new AppError('device_revoked');
    if (clients === 'console') throw new AppError('forbidden', 'auth.consoleRequired');
    if (!access.roles.includes(auth.role)) throw new AppError('forbidden');
    request.auth = auth;
  });
  return registered;
}

/** The laptop calling a device route (the hook guarantees it is set). */
export function authOf(request: FastifyRequest): AuthContext {
  if (!request.auth) throw new AppError('unauthorized');
  return request.auth;
}

/** The console session calling a console route. */
export function staffOf(request: FastifyRequest): StaffAuth {
  if (!request.staff) throw new AppError('unauthorized');
  return request.staff;
}

/** Whoever calls a route that takes both laptops and console sessions. */
export function callerOf(request: FastifyRequest): Caller {
  if (request.staff) return callerFromStaff(request.staff);
  if (request.auth) return callerFromDevice(request.auth);
  throw new AppError('unauthorized');
}
