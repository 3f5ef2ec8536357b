import { DEMO_TOTP_SECRET } from './seed/demo-mfa';
import { signInWithTotp } from './test-support/totp-sign-in';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAdminCli } from './cli/admin-cli-runner';
import { startServer } from './start';

describe('startServer', () => {
  const folders: string[] = [];
  afterAll(async () => {
    for (const folder of folders) await rm(folder, { recursive: true, force: true });
  });

  it('serves health, the API and the web renderer on a free port, with demo credentials', async () => {
    const staticDir = await mkdtemp(join(tmpdir(), 'amparo-web-'));
    folders.push(staticDir);
    await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Amparo web</title>');
    const server = await startServer({
      port: 0,
      inMemory: true,
      seedDemo: true,
      staticDir,
      logLevel: 'silent',
    });
    try {
      expect(server.database).toBe('pglite');
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const health = await fetch(`${server.url}/health`);
      expect(await health.json()).toMatchObject({ status: 'ok', database: 'pglite' });
      const attorney = server.demoCredentials!.find((c) => c.role === 'attorney')!;
      const signIn = await fetch(`${server.url}/v1/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          email: attorney.email,
          password: attorney.password,
          device: { name: 'Web', platform: 'web', appVersion: '0.1.0' },
        }),
      });
      expect(signIn.status).toBe(200);
      const page = await fetch(`${server.url}/cases`);
      expect(await page.text()).toContain('Amparo web');
      expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    } finally {
      await server.close();
    }
  });

  it('keeps data in its folder across restarts and seeds only once', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'amparo-data-'));
    folders.push(dataDir);
    const first = await startServer({ port: 0, dataDir, seedDemo: true, logLevel: 'silent' });
    expect(first.dataDir).toBe(dataDir);
    await first.close();
    const second = await startServer({ port: 0, dataDir, seedDemo: true, logLevel: 'silent' });
    try {
      expect(second.demoCredentials).toHaveLength(4);
      const supervisor = second.demoCredentials!.find((c) => c.role === 'supervisor')!;
      // The supervisor's second step comes from the published demo secret (issue 20 #1).
      expect(supervisor.totpSecret).toBe(DEMO_TOTP_SECRET);
      const session = (
        await signInWithTotp(second.url, '/v1/auth/sign-in', supervisor, {
          device: { name: 'Web', platform: 'web', appVersion: '0.1.0' },
        })
      ).body as { accessToken: string };
      const cases = (await (
        await fetch(`${second.url}/v1/admin/cases`, {
          headers: { authorization: `Bearer ${session.accessToken}` },
        })
      ).json()) as { cases: unknown[] };
      expect(cases.cases).toHaveLength(12);
    } finally {
      await second.close();
    }
  });

  it('disables the demo when started without it, and refuses the demo once a real organisation exists', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'amparo-data-'));
    folders.push(dataDir);
    const demo = await startServer({ port: 0, dataDir, seedDemo: true, logLevel: 'silent' });
    const supervisor = demo.demoCredentials!.find((c) => c.role === 'supervisor')!;
    const signIn = (url: string) =>
      fetch(`${url}/v1/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          email: supervisor.email,
          password: supervisor.password,
          device: { name: 'Web', platform: 'web', appVersion: '0.1.0' },
        }),
      });
    expect((await signIn(demo.url)).status).toBe(200);
    await demo.close();

    const production = await startServer({ port: 0, dataDir, logLevel: 'silent' });
    try {
      expect(production.demoCredentials).toBeUndefined();
      expect((await signIn(production.url)).status).toBe(401);
    } finally {
      await production.close();
    }

    const output: string[] = [];
    const io = {
      out: (text: string) => output.push(text),
      err: (text: string) => output.push(text),
    };
    expect(
      await runAdminCli(['create-org', '--name', 'Real MCJ', '--data-dir', dataDir], io, {}),
    ).toBe(0);
    await expect(
      startServer({ port: 0, dataDir, seedDemo: true, logLevel: 'silent' }),
    ).rejects.toThrow(/Refusing to seed the demo/);
  });
});
