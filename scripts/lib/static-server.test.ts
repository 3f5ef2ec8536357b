import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, resolveInside, startStaticServer } from './static-server';

describe('resolveInside', () => {
  const root = '/srv/app';
  it.each([
    ['/index.html', '/srv/app/index.html'],
    ['/assets/a.js', '/srv/app/assets/a.js'],
    ['/a/../b.js', '/srv/app/b.js'],
    ['/../etc/passwd', '/srv/app/etc/passwd'],
  ])('keeps %s inside the root', (input, expected) => {
    expect(resolveInside(root, input)).toBe(expected);
  });

  it.each(['/%00index.html', '/..%5c..%5cetc', '/%E0%A4%A', '/a\\b'])('refuses %s', (input) => {
    expect(resolveInside(root, input)).toBeNull();
  });
});

describe('static web host', () => {
  let url = '';
  let close: () => void = () => undefined;
  beforeAll(async () => {
    const root = await mkdtemp(join(tmpdir(), 'amparo-static-'));
    await mkdir(join(root, 'assets'));
    await writeFile(join(root, 'index.html'), '<!doctype html><title>Amparo</title>');
    await writeFile(join(root, 'assets', 'app.js'), 'export {}');
    const started = await startStaticServer({
      root,
      host: '127.0.0.1',
      port: 0,
      version: '9.9.9',
      serverUrl: 'http://127.0.0.1:8787',
    });
    url = started.url;
    close = () => started.server.close();
  });
  afterAll(() => close());

  it('serves files with the strict CSP and no-sniff headers', async () => {
    const response = await fetch(new URL('assets/app.js', url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/javascript');
    expect(response.headers.get('content-security-policy')).toBe(
      contentSecurityPolicy('http://127.0.0.1:8787'),
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('falls back to index.html for unknown paths and never leaves the root', async () => {
    const response = await fetch(new URL('%2e%2e/%2e%2e/etc/passwd', url));
    expect(await response.text()).toContain('<title>Amparo</title>');
  });

  it('publishes the embedded server URL in config.json', async () => {
    const config = await (await fetch(new URL('config.json', url))).json();
    expect(config).toEqual({ version: '9.9.9', embeddedServerUrl: 'http://127.0.0.1:8787' });
  });

  it('allows connections only to itself and the configured server', () => {
    expect(contentSecurityPolicy('http://127.0.0.1:8787/path')).toContain(
      "connect-src 'self' http://127.0.0.1:8787;",
    );
    expect(contentSecurityPolicy(null)).toContain("connect-src 'self';");
  });
});
