import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errorCodes } from '@core/errors/app-error';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp, TestOrg } from '../test-support/test-app';
import { createTestApp, createTestOrg, signIn } from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';
import { casePatch, pushBatch, seedCase } from '../test-support/sync-fixtures';
import { createConfig } from './app-config';
import { buildApp } from './build-app';
import { CONTENT_SECURITY_POLICY } from './security-headers';

describe.each(testBackends())('HTTP hardening on %s', (kind) => {
  let t: TestApp;
  let org: TestOrg;
  let staticDir: string;
  beforeAll(async () => {
    staticDir = await mkdtemp(join(tmpdir(), 'amparo-static-'));
    await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Amparo</title>');
    await writeFile(join(staticDir, 'app.js'), 'console.log(1)');
    t = await createTestApp(kind, {
      allowedOrigins: ['app://amparo', 'http://127.0.0.1:5173'],
      staticDir,
    });
    org = await createTestOrg(t.db);
  });
  afterAll(async () => {
    await t.close();
    await rm(staticDir, { recursive: true, force: true });
  });

  it('reports health with security headers on every response', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/health' });
    expect(response.json()).toMatchObject({
      status: 'ok',
      database: kind,
      version: expect.any(String),
    });
    expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('serves the renderer with SPA fallback, but never for API paths or missing files', async () => {
    const root = await t.app.inject({ method: 'GET', url: '/' });
    expect(root.statusCode).toBe(200);
    expect(root.body).toContain('<title>Amparo</title>');
    expect(root.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    const page = await t.app.inject({ method: 'GET', url: '/cases/123' });
    expect(page.body).toContain('<title>Amparo</title>');
    expect((await t.app.inject({ method: 'GET', url: '/app.js' })).body).toBe('console.log(1)');
    expect((await t.app.inject({ method: 'GET', url: '/missing.js' })).statusCode).toBe(404);
    const api = await t.app.inject({ method: 'GET', url: '/v1/nothing-here' });
    expect(api.statusCode).toBe(404);
    expect(api.json()).toEqual({ code: 'not_found', message: 'not_found' });
  });

  it('allows CORS only for configured origins', async () => {
    const preflight = (origin: string) =>
      t.app.inject({
        method: 'OPTIONS',
        url: '/v1/sync/pull',
        headers: {
          origin,
          'access-control-request-method': 'GET',
          'access-control-request-headers': 'authorization',
        },
      });
    expect((await preflight('app://amparo')).headers['access-control-allow-origin']).toBe(
      'app://amparo',
    );
    expect((await preflight('http://127.0.0.1:5173')).headers['access-control-allow-origin']).toBe(
      'http://127.0.0.1:5173',
    );
    expect(
      (await preflight('https://evil.example')).headers['access-control-allow-origin'],
    ).toBeUndefined();
  });

  it('answers 413 payload_too_large past the 5 MiB hard limit and past the 1 MiB batch limit', async () => {
    const session = await signIn(t.app, org.attorneyA);
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const big = (bytes: number) =>
      JSON.stringify({
        deviceId: session.deviceId,
        protocolVersion: 1,
        schemaVersion: 1,
        mutations: [casePatch(1, file.id, 1, { 'custody/iceOffice': 'x'.repeat(bytes) })],
      });
    for (const size of [6 * 1024 * 1024, 1.5 * 1024 * 1024]) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/v1/sync/push',
        headers: { ...session.headers, 'content-type': 'application/json' },
        payload: big(size),
      });
      expect(response.statusCode).toBe(413);
      expect(response.json()).toMatchObject({ code: 'payload_too_large' });
    }
    const version = await t.db.query<{ version: number }>(
      'SELECT version FROM entities WHERE id = $1',
      [file.id],
    );
    expect(version.rows[0]!.version).toBe(1);
  });

  it('never echoes request content, stacks or SQL in errors', async () => {
    const malformed = await t.app.inject({
      method: 'POST',
      url: '/v1/auth/sign-in',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": "Canary Testperson',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.body).not.toContain('Canary');
    expect(errorCodes).toContain(malformed.json<{ code: string }>().code);
    const invalid = await t.app.inject({
      method: 'POST',
      url: '/v1/auth/sign-in',
      payload: { email: 'Canary Testperson', password: 1 },
    });
    expect(invalid.json()).toMatchObject({ code: 'validation_failed' });
    expect(invalid.body).not.toContain('Canary');
    const broken = await buildApp({
      db: {
        kind: 'pglite',
        query: () => Promise.reject(new Error('relation "secret" does not exist')),
        transaction: () => Promise.reject(new Error('no')),
        close: async () => undefined,
      },
      config: createConfig(),
      logLevel: 'silent',
    });
    const failure = await broken.inject({ method: 'GET', url: '/health' });
    expect(failure.statusCode).toBe(503);
    expect(failure.json()).toMatchObject({ status: 'unavailable', databaseState: 'down' });
    expect(failure.body).not.toContain('secret');
    const signInFailure = await broken.inject({
      method: 'POST',
      url: '/v1/auth/sign-in',
      payload: {
        email: 'ana.prueba@example.org',
        password: 'long enough password',
        device: { name: 'Test laptop', platform: 'linux', appVersion: '0.1.0' },
      },
    });
    expect(signInFailure.statusCode).toBe(500);
    expect(signInFailure.json()).toEqual({ code: 'internal', message: 'internal' });
    await broken.close();
  });

  it('keeps client data, passwords and tokens out of the logs', async () => {
    const session = await signIn(t.app, org.attorneyA);
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    await pushBatch(t.app, session, [
      casePatch(1, file.id, 1, {
        'identity/familyName': 'Canary Testperson',
        'identity/aNumber': '099123456',
      }),
    ]);
    await pushBatch(t.app, session, [
      casePatch(2, file.id, 1, { 'identity/familyName': { bad: 'Canary Testperson' } }),
    ]);
    await t.app.inject({
      method: 'POST',
      url: '/v1/auth/sign-in',
      headers: { 'content-type': 'application/json' },
      payload: '{"password": "Canary Testperson',
    });
    const logs = t.logs.join('');
    expect(logs.length).toBeGreaterThan(0);
    for (const secret of [
      'Canary',
      '099123456',
      org.attorneyA.password,
      session.accessToken,
      session.refreshToken,
    ]) {
      expect(logs).not.toContain(secret);
    }
  });
});
