import { DEMO_TOTP_SECRET } from '../../../server/src/seed/demo-mfa';
import { signInWithTotp } from '../../../server/src/test-support/totp-sign-in';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { startStaticServer } from '../../../scripts/lib/static-server';
import { startServer, type StartedServer } from '../../../server/src/start';
import { enterTotpCode } from './console';
import { setUpPassphrase } from './session';

const root = resolve(import.meta.dirname, '../../..');

const addressInUse = (error: unknown) =>
  (error as { code?: unknown } | null)?.code === 'EADDRINUSE';

/**
 * A server of its own (PGlite in a temp folder, so it can be restarted with its data) and a web
 * host for the built app pointing at it: each sync spec controls both ends.
 */
export class SyncWorld {
  server!: StartedServer;
  webUrl = '';
  private dataDir = '';
  /** 0 until the first start, which takes a port the system gives; restarts reuse it. */
  private serverPort = 0;
  /**
   * The server's CORS origins, read per request: the web host's origin is added once that host
   * has its port (both listen on a port the system gives, never one probed beforehand, which
   * another process could take before the listen: a run failed on EADDRINUSE that way).
   */
  private readonly origins: string[] = [];
  private closeWeb: () => void = () => undefined;
  /**
   * One sign-in per demo user and kind for the world's life (cleared on restart): each staff
   * sign-in spends a two-step code, good once per 30 s, so signing in again for every call
   * waited for the next code. What the calls check is unchanged.
   */
  private tokens = new Map<string, Promise<string>>();

  async start(): Promise<void> {
    this.dataDir = await mkdtemp(join(tmpdir(), 'amparo-sync-e2e-'));
    await this.startServer();
    this.serverPort = Number(new URL(this.server.url).port);
    const web = await startStaticServer({
      root: join(root, 'out/renderer'),
      host: '127.0.0.1',
      port: 0,
      version: 'e2e',
      serverUrl: this.server.url,
    });
    this.webUrl = web.url;
    this.origins.push(new URL(web.url).origin);
    this.closeWeb = () => web.server.close();
  }

  private async startServer(): Promise<void> {
    // A restart takes the same port again (the web host points at it); the port was freed a
    // moment before, but retry briefly in case the system has not released it yet.
    for (let attempt = 1; ; attempt += 1) {
      try {
        this.server = await startServer({
          port: this.serverPort,
          dataDir: this.dataDir,
          seedDemo: true,
          allowedOrigins: this.origins,
          logLevel: 'silent',
        });
        return;
      } catch (error) {
        if (!addressInUse(error) || this.serverPort === 0 || attempt === 10) throw error;
        await new Promise((wait) => setTimeout(wait, 200));
      }
    }
  }

  /** Stops the server (in-flight requests fail) and starts it again on the same data. */
  async restartServer(): Promise<void> {
    this.tokens.clear();
    await this.server.close();
    await this.startServer();
  }

  credentials(prefix: 'attorney1' | 'attorney2' | 'supervisor' | 'admin') {
    const credential = this.server.demoCredentials?.find((c) => c.email.startsWith(prefix));
    if (!credential) throw new Error(`no demo credential ${prefix}`);
    return credential;
  }

  private token(key: string, signIn: () => Promise<string>): Promise<string> {
    let token = this.tokens.get(key);
    if (!token) {
      token = signIn();
      this.tokens.set(key, token);
      token.catch(() => this.tokens.delete(key));
    }
    return token;
  }

  /** An API call as a demo user (for what a supervisor does on MCJ's side). */
  async api(
    prefix: 'supervisor' | 'admin',
    method: string,
    path: string,
    body?: unknown,
  ): Promise<Response> {
    const accessToken = await this.token(`api ${prefix}`, async () => {
      const signIn = await signInWithTotp(
        this.server.url,
        '/v1/auth/sign-in',
        this.credentials(prefix),
        {
          device: { name: 'e2e-api', platform: 'test', appVersion: '0.1.0' },
        },
      );
      return (signIn.body as { accessToken: string }).accessToken;
    });
    return fetch(`${this.server.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${accessToken}`,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
  }

  /** A staff console call (its own sign-in) as a demo user: what the server holds, not the UI. */
  async consoleApi(prefix: 'supervisor' | 'admin', path: string): Promise<Response> {
    const accessToken = await this.token(`console ${prefix}`, async () => {
      const { email, password } = this.credentials(prefix);
      // Staff sign in with their second step (the demo's published TOTP secret).
      const signIn = await signInWithTotp(this.server.url, '/v1/console/sign-in', {
        email,
        password,
        totpSecret: DEMO_TOTP_SECRET,
      });
      expect(signIn.status).toBe(200);
      return (signIn.body as { accessToken: string }).accessToken;
    });
    return fetch(`${this.server.url}${path}`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
  }

  /** The notes the server holds for a case (each note's latest text and its revision count). */
  async serverNotes(caseId: string): Promise<{ body: string; revisions: number }[]> {
    const response = await this.consoleApi('supervisor', `/v1/console/cases/${caseId}`);
    expect(response.status).toBe(200);
    return ((await response.json()) as { notes: { body: string; revisions: number }[] }).notes;
  }

  async stop(): Promise<void> {
    this.closeWeb();
    await this.server?.close();
    // PGlite may still be flushing its folder for a moment after close.
    await rm(this.dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }).catch(
      () => undefined,
    );
  }
}

export interface Laptop {
  context: BrowserContext;
  page: Page;
}

/** A laptop of one demo user: fresh profile, passphrase, sign-in, first sync. */
export async function openLaptop(
  browser: Browser,
  world: SyncWorld,
  who: 'attorney1' | 'attorney2' | 'supervisor',
): Promise<Laptop> {
  const context = await browser.newContext({ baseURL: world.webUrl });
  const page = await context.newPage();
  await page.goto(world.webUrl);
  await setUpPassphrase(page);
  await page.getByRole('link', { name: 'Sync', exact: true }).click();
  const { email, password } = world.credentials(who);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  if (who === 'supervisor') await enterTotpCode(page, 'supervisor');
  await expectSynced(page);
  return { context, page };
}

export async function syncNow(page: Page): Promise<void> {
  await page.locator('.sync-indicator').getByRole('button', { name: 'Sync now' }).click();
  await expectSynced(page);
}

export async function expectSynced(page: Page): Promise<void> {
  await expect(page.locator('.sync-indicator .sync-state')).toHaveText(
    /^Synced[^·]*$|^Synced .*items? to review$/,
    { timeout: 30_000 },
  );
}
