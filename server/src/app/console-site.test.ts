import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../test-support/test-app';
import { createTestApp } from '../test-support/test-app';
import { CONTENT_SECURITY_POLICY } from './security-headers';

describe('the staff console served at /console/', () => {
  let t: TestApp;
  let staticDir: string;
  let consoleDir: string;
  beforeAll(async () => {
    staticDir = await mkdtemp(join(tmpdir(), 'amparo-static-'));
    consoleDir = await mkdtemp(join(tmpdir(), 'amparo-console-'));
    await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Amparo</title>');
    await writeFile(join(consoleDir, 'index.html'), '<!doctype html><title>Console</title>');
    await mkdir(join(consoleDir, 'assets'));
    await writeFile(join(consoleDir, 'assets', 'app.js'), 'export {}');
    // Both sites at once, as `npm start` runs them: the two static registrations must coexist.
    t = await createTestApp('pglite', { staticDir, consoleDir });
  });
  afterAll(async () => {
    await t.close();
    await rm(staticDir, { recursive: true, force: true });
    await rm(consoleDir, { recursive: true, force: true });
  });

  it('serves its page for every console path, never cached, under the strict CSP', async () => {
    for (const url of ['/console/', '/console/accounts', '/console/cases/42?x=1']) {
      const page = await t.app.inject({ method: 'GET', url });
      expect(page.statusCode, url).toBe(200);
      expect(page.body).toContain('<title>Console</title>');
      expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(page.headers['cache-control']).toBe('no-store');
      expect(page.headers['x-frame-options']).toBe('DENY');
    }
    const redirect = await t.app.inject({ method: 'GET', url: '/console' });
    expect(redirect.statusCode).toBe(301);
    expect(redirect.headers['location']).toBe('/console/');
  });

  it('serves its files, and a missing file is a 404, not the page', async () => {
    const file = await t.app.inject({ method: 'GET', url: '/console/assets/app.js' });
    expect(file.body).toBe('export {}');
    expect(file.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect((await t.app.inject({ method: 'GET', url: '/console/assets/gone.js' })).statusCode).toBe(
      404,
    );
  });

  it('keeps the laptop web app at / and the API as JSON', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/cases/1' })).body).toContain(
      '<title>Amparo</title>',
    );
    const api = await t.app.inject({ method: 'GET', url: '/v1/console/session' });
    expect(api.statusCode).toBe(401);
    expect(api.headers['cache-control']).toBe('no-store');
  });

  it('refuses to start with a console folder that has no page', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'amparo-console-empty-'));
    await expect(createTestApp('pglite', { consoleDir: empty })).rejects.toThrow(/index.html/);
    await rm(empty, { recursive: true, force: true });
  });
});
