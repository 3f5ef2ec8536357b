import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { protocol, resetElectronMock } from '../../../test/mocks/electron';
import { createAppProtocolHandler, registerAppScheme, serveAppProtocol } from './app-protocol';

vi.mock('electron', () => import('../../../test/mocks/electron'));

const csp = "default-src 'none'; script-src 'self'";
let root: string;
let outside: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'amparo-renderer-'));
  outside = await mkdtemp(join(tmpdir(), 'amparo-outside-'));
  await mkdir(join(root, 'assets'));
  await mkdir(join(root, 'fonts.v1'));
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Amparo</title>');
  await writeFile(join(root, 'assets', 'index-abc.js'), 'export const x = 1;');
  await writeFile(join(root, 'assets', 'style-abc.css'), 'body{}');
  await writeFile(join(root, 'assets', 'argon2.wasm'), Buffer.from([0, 97, 115, 109]));
  await writeFile(join(outside, 'secret.txt'), 'Canary Testperson A123456789');
  await symlink(join(outside, 'secret.txt'), join(root, 'assets', 'linked.txt'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

beforeEach(() => resetElectronMock());

const get = (url: string, method = 'GET') =>
  createAppProtocolHandler({ rendererDir: root, contentSecurityPolicy: () => csp })({
    url,
    method,
  });

describe('app:// protocol handler (real files in a temp folder)', () => {
  it('serves index.html at the root with the security headers', async () => {
    const response = await get('app://amparo/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Amparo</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(csp);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('serves assets with their MIME types', async () => {
    const script = await get('app://amparo/assets/index-abc.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('export const x = 1;');
    const wasm = await get('app://amparo/assets/argon2.wasm');
    expect(wasm.headers.get('content-type')).toBe('application/wasm');
    const css = await get('app://amparo/assets/style-abc.css?v=1');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers client-side routes with index.html, but missing files with 404', async () => {
    const route = await get('app://amparo/cases/1234');
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('Amparo');
    const missing = await get('app://amparo/assets/missing.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(csp);
  });

  it.each([
    'app://amparo/../../../../etc/passwd',
    'app://amparo/%2e%2e/%2e%2e/etc/passwd',
    'app://amparo/assets/..%2f..%2findex.html',
    'app://amparo/..%5c..%5cwindows%5cwin.ini',
    'app://amparo/%252e%252e/etc/passwd',
    'app://amparo/index.html%00.png',
    'app://amparo//etc/passwd',
    'app://amparo.evil.example/index.html',
    'app://user@amparo/index.html',
    'app://amparo:443/index.html',
  ])('refuses %s without reading anything', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(400);
    expect(await response.text()).toBe('');
    expect(response.headers.get('content-security-policy')).toBe(csp);
  });

  it('does not follow a symlink out of the renderer folder', async () => {
    const response = await get('app://amparo/assets/linked.txt');
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('Canary');
  });

  it('never lists a directory (an extension-less path is a route and gets index.html)', async () => {
    const response = await get('app://amparo/assets/');
    expect(await response.text()).toBe('<!doctype html><title>Amparo</title>');
    expect((await get('app://amparo/fonts.v1')).status).toBe(404);
  });

  it('allows only GET and HEAD', async () => {
    expect((await get('app://amparo/index.html', 'POST')).status).toBe(405);
    const head = await get('app://amparo/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('reads the CSP per request', async () => {
    let policy = "default-src 'none'";
    const handler = createAppProtocolHandler({
      rendererDir: root,
      contentSecurityPolicy: () => policy,
    });
    expect(
      (await handler({ url: 'app://amparo/', method: 'GET' })).headers.get(
        'content-security-policy',
      ),
    ).toBe(policy);
    policy = "default-src 'none'; connect-src 'self' https://sync.example.org";
    expect(
      (await handler({ url: 'app://amparo/', method: 'GET' })).headers.get(
        'content-security-policy',
      ),
    ).toBe(policy);
  });
});

describe('app:// registration', () => {
  it('registers app as standard, secure and fetchable, never bypassing CSP', () => {
    registerAppScheme();
    expect(protocol.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    const [entry] = protocol.privileged as { privileges: Record<string, unknown> }[];
    expect(entry?.privileges['bypassCSP']).toBeUndefined();
    expect(entry?.privileges['corsEnabled']).toBeUndefined();
  });

  it('handles the app scheme with the file handler', async () => {
    serveAppProtocol({ rendererDir: root, contentSecurityPolicy: () => csp });
    const handler = protocol.handlers.get('app');
    expect(handler).toBeDefined();
    const response = await handler!({ url: 'app://amparo/index.html', method: 'GET' });
    expect(response.status).toBe(200);
  });
});
