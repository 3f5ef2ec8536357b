/**
 * The access hook on its own, without a database: routes without a rule, the wildcard files, the
 * list of routes it keeps, and the per-address limit on failed bearer authentications. Who may
 * call which real route is the authorisation matrix's (authorization-matrix.test.ts).
 */
import { CONSOLE_TOKEN_PREFIX } from '@core/sync/console-schemas';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '../db/db';
import { toErrorResponse } from './http-errors';
import {
  PUBLIC,
  authOf,
  callerOf,
  consoleRoles,
  installRouteAccess,
  roles,
  staffOf,
  staffRoles,
} from './route-access';

/** A database that finds no token: every bearer token is unknown. Counts the lookups. */
function emptyDb(): Db & { lookups: number } {
  const db = {
    kind: 'pglite' as const,
    lookups: 0,
    query: async () => {
      db.lookups += 1;
      return { rows: [], rowCount: 0 };
    },
    transaction: async () => {
      throw new Error('no transactions here');
    },
    close: async () => undefined,
  };
  return db as unknown as Db & { lookups: number };
}

function appWith(db: Db, failedAuthPerMinute: number) {
  const app = Fastify();
  app.setErrorHandler((error, _request, reply) => {
    const { status, body } = toErrorResponse(error);
    return reply.status(status).send(body);
  });
  const registered = installRouteAccess(app, db, failedAuthPerMinute);
  return { app, registered };
}

const deviceToken = `amp_${'a'.repeat(43)}`;

async function call(
  app: FastifyInstance,
  url: string,
  from: string,
  token?: string,
): Promise<number> {
  const response = await app.inject({
    method: 'GET',
    url,
    remoteAddress: from,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return response.statusCode;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('route access', () => {
  it('refuses a route registered without an access rule', () => {
    const { app } = appWith(emptyDb(), 30);
    expect(() => app.get('/open', async () => 'open')).toThrow(
      'Route GET /open has no access rule',
    );
  });

  it('lists every route with its methods, rule and body schema; the site wildcards are public', async () => {
    const { app, registered } = appWith(emptyDb(), 30);
    const body = { type: 'object' };
    app.route({
      method: ['GET', 'POST'],
      url: '/both',
      config: { access: roles('attorney') },
      handler: async () => 'both',
    });
    app.post(
      '/with-body',
      { config: { access: staffRoles('admin') }, schema: { body } },
      async () => 'ok',
    );
    app.get('/*', async () => 'site');
    app.get('/console/*', async () => 'console site');
    await app.ready();
    expect(registered).toEqual([
      { method: 'GET', url: '/both', access: roles('attorney') },
      { method: 'POST', url: '/both', access: roles('attorney') },
      { method: 'POST', url: '/with-body', access: staffRoles('admin'), body },
      { method: 'GET', url: '/*', access: PUBLIC },
      { method: 'GET', url: '/console/*', access: PUBLIC },
    ]);
    expect(await call(app, '/index.html', '10.0.0.1')).toBe(200);
    expect(await call(app, '/console/index.html', '10.0.0.1')).toBe(200);
    expect(await call(app, '/both', '10.0.0.1')).toBe(401);
  });

  it('builds the rules: laptops only, laptops and the console, the console only', () => {
    expect(roles('attorney')).toEqual({ kind: 'roles', roles: ['attorney'] });
    expect(staffRoles('supervisor', 'admin')).toEqual({
      kind: 'roles',
      roles: ['supervisor', 'admin'],
      clients: 'both',
    });
    expect(consoleRoles('admin')).toEqual({ kind: 'roles', roles: ['admin'], clients: 'console' });
    expect(PUBLIC).toEqual({ kind: 'public' });
  });

  it('answers 401 when a handler asks for a caller the hook did not set', async () => {
    const { app } = appWith(emptyDb(), 30);
    app.get('/device', { config: { access: PUBLIC } }, async (request) => authOf(request).userId);
    app.get('/staff', { config: { access: PUBLIC } }, async (request) => staffOf(request).userId);
    app.get('/caller', { config: { access: PUBLIC } }, async (request) => callerOf(request).userId);
    await app.ready();
    for (const url of ['/device', '/staff', '/caller']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(401);
      expect(response.json(), url).toEqual({ code: 'unauthorized', message: 'unauthorized' });
    }
  });

  it('answers 429 without a lookup once an address has failed to authenticate the limit times in a minute', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-03-02T10:00:00Z') });
    const db = emptyDb();
    const { app } = appWith(db, 3);
    app.get('/guarded', { config: { access: roles('attorney') } }, async () => 'secret');
    app.get('/health', { config: { access: PUBLIC } }, async () => 'ok');
    await app.ready();

    // No token, an unknown device token, an unknown console token: three failures.
    expect(await call(app, '/guarded', '10.0.0.1')).toBe(401);
    expect(await call(app, '/guarded', '10.0.0.1', deviceToken)).toBe(401);
    expect(
      await call(app, '/guarded', '10.0.0.1', `${CONSOLE_TOKEN_PREFIX}${'b'.repeat(43)}`),
    ).toBe(401);
    const lookups = db.lookups;
    expect(lookups).toBe(2);
    expect(await call(app, '/guarded', '10.0.0.1', deviceToken)).toBe(429);
    expect(await call(app, '/guarded', '10.0.0.1')).toBe(429);
    expect(db.lookups).toBe(lookups);
    // Public routes and other addresses are not held.
    expect(await call(app, '/health', '10.0.0.1')).toBe(200);
    expect(await call(app, '/guarded', '10.0.0.2')).toBe(401);

    // The window is one minute from the address's first failure.
    vi.setSystemTime(new Date('2026-03-02T10:00:59.999Z'));
    expect(await call(app, '/guarded', '10.0.0.1')).toBe(429);
    vi.setSystemTime(new Date('2026-03-02T10:01:00Z'));
    expect(await call(app, '/guarded', '10.0.0.1')).toBe(401);
    expect(await call(app, '/guarded', '10.0.0.1')).toBe(401);
    expect(await call(app, '/guarded', '10.0.0.1')).toBe(401);
    expect(await call(app, '/guarded', '10.0.0.1')).toBe(429);
    // 10.0.0.2 failed once, 60 s ago: a new window, three more failures allowed.
    expect(await call(app, '/guarded', '10.0.0.2')).toBe(401);
    expect(await call(app, '/guarded', '10.0.0.2')).toBe(401);
    expect(await call(app, '/guarded', '10.0.0.2')).toBe(401);
    expect(await call(app, '/guarded', '10.0.0.2')).toBe(429);
  });
});
