import { afterEach, describe, expect, it } from 'vitest';
import { fakeServer, session, tokens } from '../test-support/fake-server';
import { SessionStore } from './session-store';

const start = Date.parse('2026-12-01T15:00:00.000Z');

function setUp(routes: Parameters<typeof fakeServer>[0] = {}) {
  let now = start;
  const server = fakeServer({
    'POST /v1/console/sign-in': () => ({ status: 200, body: tokens(now) }),
    'POST /v1/console/refresh': () => ({ status: 200, body: tokens(now) }),
    'POST /v1/console/sign-out': () => ({ status: 200, body: { ok: true } }),
    ...routes,
  });
  const store = new SessionStore({ fetch: server.fetch, now: () => now, checkEveryMs: 60_000 });
  return {
    store,
    server,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe('the console session', () => {
  let store: SessionStore | undefined;
  afterEach(async () => {
    await store?.signOut();
    localStorage.clear();
    sessionStorage.clear();
  });

  it('keeps tokens in memory only: nothing in storage or cookies, requests never cached', async () => {
    const world = setUp();
    store = world.store;
    await store.signIn('admin@example.org', 'a long password');
    expect(store.getState()).toEqual({ status: 'signedIn', session });
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
    expect(document.cookie).toBe('');
    expect(world.server.calls[0]!.init).toMatchObject({ cache: 'no-store', credentials: 'omit' });
    expect(await store.accessToken()).toMatch(/^amc_access_/);
  });

  it('refreshes an access token about to expire, once for every caller waiting', async () => {
    const world = setUp();
    store = world.store;
    await store.signIn('admin@example.org', 'a long password');
    const first = await store.accessToken();
    world.advance(10 * 60 * 1000 - 10_000);
    const [a, b, c] = await Promise.all([
      store.accessToken(),
      store.accessToken(),
      store.accessToken(),
    ]);
    expect(new Set([a, b, c]).size).toBe(1);
    expect(a).not.toBe(first);
    expect(world.server.calls.filter((c) => c.path === '/v1/console/refresh')).toHaveLength(1);
  });

  it('signs out after 30 minutes without keyboard or pointer activity, and tells the server', async () => {
    const world = setUp();
    store = world.store;
    await store.signIn('admin@example.org', 'a long password');
    world.advance(29 * 60 * 1000);
    store.recordActivity();
    world.advance(29 * 60 * 1000);
    store.check();
    expect(store.getState().status).toBe('signedIn');
    world.advance(60 * 1000);
    store.check();
    expect(store.getState()).toEqual({ status: 'signedOut', reason: 'idle' });
    await Promise.resolve();
    expect(world.server.calls.at(-1)?.path).toBe('/v1/console/sign-out');
    await expect(store.accessToken()).rejects.toMatchObject({ status: 401 });
  });

  it('ends at the session’s absolute end even while active', async () => {
    const world = setUp();
    store = world.store;
    await store.signIn('admin@example.org', 'a long password');
    world.advance(12 * 60 * 60 * 1000);
    store.recordActivity();
    store.check();
    expect(store.getState()).toEqual({ status: 'signedOut', reason: 'expired' });
  });

  it('takes the server’s word when a refresh is refused (idle on the server)', async () => {
    const world = setUp({
      'POST /v1/console/refresh': () => ({
        status: 401,
        body: { code: 'unauthorized', message: 'console.session.idle' },
      }),
    });
    store = world.store;
    await store.signIn('admin@example.org', 'a long password');
    await expect(store.refresh()).rejects.toMatchObject({ status: 401 });
    expect(store.getState()).toEqual({ status: 'signedOut', reason: 'idle' });
  });

  it('reports a refused sign-in with the server’s code and stays signed out', async () => {
    const world = setUp({
      'POST /v1/console/sign-in': () => ({
        status: 403,
        body: { code: 'forbidden', message: 'console.attorneyUsesLaptop' },
      }),
    });
    store = world.store;
    await expect(store.signIn('attorney@example.org', 'a long password')).rejects.toMatchObject({
      status: 403,
      shape: { message: 'console.attorneyUsesLaptop' },
    });
    expect(store.getState().status).toBe('signedOut');
  });
});
