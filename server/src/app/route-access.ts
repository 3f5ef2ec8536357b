/**
 * Every route declares who may call it (`config.access`). Checked in one `onRequest` hook, before
 * the body is parsed or validated, so anonymous callers learn nothing about payload rules. A route
 * registered without `access` makes the server refuse to start: deny by default. A route takes
 * laptop (device) tokens only unless it says it also takes staff console sessions. One exception,
 * by the route's own choice (`deviceAuthInHandler`): a laptop's request that nothing can refuse
 * before its handler may have its token looked up by the handler, with the same rules.
 */
import { AppError } from '@core/errors/app-error';
import type { Role } from '@core/sync/auth-schemas';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AuthContext, Caller, StaffAuth } from '../auth/auth-context';
import { callerFromDevice, callerFromStaff } from '../auth/auth-context';
import { authenticate, authFromIdentity } from '../auth/auth-service';
import { authenticateStaff, isStaffToken } from '../auth/staff-session-service';
import { bearerToken, hashToken } from '../auth/token-codec';
import type { Db } from '../db/db';
import type { TokenIdentity } from '../repositories/devices-repository';

/** Which kind of token a route takes: laptops (the default), the staff console, or both. */
export type RouteClients = 'devices' | 'console' | 'both';

export type RouteAccess =
  | { kind: 'public' }
  | {
      kind: 'roles';
      roles: readonly Role[];
      allowRevokedDevice?: boolean;
      clients?: RouteClients;
      /**
       * A route whose handler reads a laptop's token itself, in its transaction's first round
       * trip (the one-request upload: one round trip less), says here which requests it takes
       * so: only those that cannot fail before the handler (a body of the kind and size the route
       * takes, valid parameters and headers), so that an anonymous caller still learns nothing
       * but that it is not authenticated. The handler must call `DeferredDevice.admit`. Any other
       * request, and every console session, is authenticated by the hook, as on every route.
       */
      deviceAuthInHandler?: (request: FastifyRequest) => boolean;
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

/** A laptop's token that the route's handler looks up itself (`deviceAuthInHandler`). */
export interface DeferredDevice {
  /** The token's hash: what `accessTokenIdentitySql` reads. */
  tokenHash: string;
  /**
   * The laptop behind the identity the handler read (none: an unknown token), checked by the
   * hook's own rules (expiry, revocation, sign-out, disabled user, the route's clients and roles);
   * throws the hook's refusal, and counts a failed authentication as the hook does.
   */
  admit(identity: TokenIdentity | null): AuthContext;
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
    /** A laptop's token not yet looked up: the handler does it (`deviceAuthInHandler`). */
    deferredDevice: DeferredDevice | null;
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
  app.decorateRequest('deferredDevice', null);
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
    const failed = () => failures.failed(request.ip);
    if (token && clients !== 'console' && access.deviceAuthInHandler?.(request)) {
      request.deferredDevice = {
        tokenHash: hashToken(token),
        admit: (identity) => admitDevice(access, authFromIdentity(identity), failed),
      };
      return;
    }
    request.auth = admitDevice(
      access,
      token ? await authenticate(db, token) : 'unauthorized',
      failed,
    );
  });
  return registered;
}

/** The hook's rules for a laptop's token, wherever it was looked up. */
function admitDevice(
  access: Extract<RouteAccess, { kind: 'roles' }>,
  auth: AuthContext | 'unauthorized',
  failed: () => void,
): AuthContext {
  if (auth === 'unauthorized') {
    failed();
    throw new AppError('unauthorized');
  }
  if (auth.deviceRevoked && !access.allowRevokedDevice) throw new AppError('device_revoked');
  if (access.clients === 'console') throw new AppError('forbidden', 'auth.consoleRequired');
  if (!access.roles.includes(auth.role)) throw new AppError('forbidden');
  return auth;
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
