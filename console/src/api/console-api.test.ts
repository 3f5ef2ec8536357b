import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { SessionStore } from '../session/session-store';
import { fakeServer, tokens } from '../test-support/fake-server';
import { ApiError } from './api-error';
import { ConsoleApi } from './console-api';
import { fieldIssues } from './error-text';

async function signedIn(routes: Parameters<typeof fakeServer>[0]) {
  const server = fakeServer({
    'POST /v1/console/sign-in': () => ({ status: 200, body: tokens(Date.now()) }),
    'POST /v1/console/refresh': () => ({ status: 200, body: tokens(Date.now()) }),
    'POST /v1/console/sign-out': () => ({ status: 200, body: { ok: true } }),
    ...routes,
  });
  const store = new SessionStore({ fetch: server.fetch });
  await store.signIn('admin@example.org', 'a long password');
  return { api: new ConsoleApi(store, server.fetch), store, server };
}

const Users = z.object({ users: z.array(z.object({ id: z.string() })) });

describe('the console API client', () => {
  it('sends the bearer token, never caches, and checks the answer against the schema', async () => {
    const { api, server, store } = await signedIn({
      'GET /v1/admin/users': () => ({ status: 200, body: { users: [{ id: 'u1' }] } }),
    });
    expect(await api.get('/v1/admin/users', Users)).toEqual({ users: [{ id: 'u1' }] });
    const call = server.calls.find((c) => c.path === '/v1/admin/users')!;
    expect(call.init).toMatchObject({ cache: 'no-store', credentials: 'omit' });
    expect((call.init.headers as Record<string, string>)['authorization']).toMatch(/^Bearer amc_/);
    await store.signOut();
  });

  it('refuses an answer that does not match the schema', async () => {
    const { api, store } = await signedIn({
      'GET /v1/admin/users': () => ({ status: 200, body: { users: 'all of them' } }),
    });
    await expect(api.get('/v1/admin/users', Users)).rejects.toBeInstanceOf(ApiError);
    await store.signOut();
  });

  it('retries once after a refresh on 401, then ends the session', async () => {
    let answers = 0;
    const { api, store, server } = await signedIn({
      'GET /v1/admin/users': () =>
        answers++ === 0
          ? { status: 401, body: { code: 'unauthorized', message: 'unauthorized' } }
          : { status: 200, body: { users: [] } },
    });
    expect(await api.get('/v1/admin/users', Users)).toEqual({ users: [] });
    expect(server.calls.filter((c) => c.path === '/v1/console/refresh')).toHaveLength(1);

    const revoked = await signedIn({
      'GET /v1/admin/users': () => ({
        status: 401,
        body: { code: 'unauthorized', message: 'unauthorized' },
      }),
    });
    await expect(revoked.api.get('/v1/admin/users', Users)).rejects.toMatchObject({ status: 401 });
    expect(revoked.store.getState()).toEqual({ status: 'signedOut', reason: 'ended' });
    await store.signOut();
  });

  it('turns a 400 into field issues keyed by the form field', async () => {
    const { api, store } = await signedIn({
      'POST /v1/admin/users': () => ({
        status: 400,
        body: {
          code: 'validation_failed',
          message: 'validation_failed',
          issues: [
            { path: 'body.email', code: 'validation.email.format' },
            { path: 'body.languages.0', code: 'validation.language.code' },
          ],
        },
      }),
    });
    const error = await api.post('/v1/admin/users', Users, {}).catch((e: unknown) => e);
    expect(fieldIssues(error)).toEqual({
      email: 'validation.email.format',
      languages: 'validation.language.code',
    });
    await store.signOut();
  });

  it('says the server cannot be reached when there is no answer at all', async () => {
    const { store } = await signedIn({});
    const offline = new ConsoleApi(store, (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch);
    await expect(offline.get('/v1/admin/users', Users)).rejects.toMatchObject({
      shape: { message: 'console.network' },
    });
    await store.signOut();
  });
});
