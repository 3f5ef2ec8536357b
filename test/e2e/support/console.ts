import { randomUUID } from 'node:crypto';
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { serverPort } from '../../../playwright.config';
import { DEMO_TOTP_SECRET } from '../../../server/src/seed/demo-mfa';
import { freshTotpCode, signInWithTotp } from '../../../server/src/test-support/totp-sign-in';
import { setUpPassphrase } from './session';

/** The embedded server of `npm start` (Playwright's web server): API and console, one origin. */
export const serverUrl = `http://127.0.0.1:${serverPort}`;
export const consoleUrl = `${serverUrl}/console/`;

/** The demo organisation's staff and attorneys (published passwords, for the demo only). */
export const demo = {
  admin: {
    email: 'admin@demo.amparo.test',
    password: 'demo-admin-2026-pass',
    name: 'Ari Admin (demo)',
    totpSecret: DEMO_TOTP_SECRET,
  },
  supervisor: {
    email: 'supervisor@demo.amparo.test',
    password: 'demo-supervisor-2026',
    name: 'Sam Supervisor (demo)',
    totpSecret: DEMO_TOTP_SECRET,
  },
  attorney1: {
    email: 'attorney1@demo.amparo.test',
    password: 'demo-attorney-one-2026',
    name: 'Alex Attorney (demo)',
  },
  attorney2: {
    email: 'attorney2@demo.amparo.test',
    password: 'demo-attorney-two-2026',
    name: 'Blair Attorney (demo)',
  },
} as const;
export type DemoPerson = keyof typeof demo;

export async function signInToConsole(page: Page, who: 'admin' | 'supervisor'): Promise<void> {
  await page.goto(consoleUrl);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Sign in to the staff console' }),
  ).toBeVisible();
  await page.getByLabel('Email').fill(demo[who].email);
  await page.getByLabel('Password').fill(demo[who].password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await enterTotpCode(page, who);
  await expect(page.getByRole('navigation', { name: 'Console' })).toBeVisible();
}

/**
 * The second sign-in step of a demo staff account (console or laptop): the code computed from
 * the published demo secret, typed into the Code field. A code another process already used is
 * refused by the server: then the next step’s code.
 */
export async function enterTotpCode(
  page: Page,
  who: 'admin' | 'supervisor',
  submit = /^Verify and sign in$/,
): Promise<void> {
  for (let attempt = 0; attempt < 4; attempt += 1) {
    await page
      .getByLabel('Code', { exact: true })
      .fill(await freshTotpCode(demo[who].email, DEMO_TOTP_SECRET));
    await page.getByRole('button', { name: submit }).click();
    const used = page.getByRole('alert').filter({ hasText: 'already used' });
    const outcome = await Promise.race([
      used.waitFor().then(() => 'used' as const),
      page
        .getByLabel('Code', { exact: true })
        .waitFor({ state: 'detached' })
        .then(() => 'done' as const),
    ]);
    if (outcome === 'done') return;
  }
}

/** A laptop (web mode) of a demo attorney: fresh profile, passphrase, sign-in, first sync. */
export async function openDemoLaptop(context: BrowserContext, who: DemoPerson): Promise<Page> {
  const page = await context.newPage();
  await page.goto('./');
  await setUpPassphrase(page);
  await page.getByRole('link', { name: 'Sync', exact: true }).click();
  await page.getByLabel('Email').fill(demo[who].email);
  await page.getByLabel('Password').fill(demo[who].password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  if (who === 'admin' || who === 'supervisor') await enterTotpCode(page, who);
  await expect(page.locator('.sync-indicator .sync-state')).toContainText('Synced', {
    timeout: 30_000,
  });
  return page;
}

/**
 * A device speaking the sync API directly: what a laptop sends, without a browser. Used to put
 * a conflict and a refused change on the server for the supervisor to review.
 */
export class ApiDevice {
  private seq = 0;
  private constructor(
    readonly token: string,
    readonly deviceId: string,
    readonly userId: string,
  ) {}

  static async signIn(who: DemoPerson): Promise<ApiDevice> {
    const person = demo[who];
    const response = await signInWithTotp(
      serverUrl,
      '/v1/auth/sign-in',
      {
        email: person.email,
        password: person.password,
        totpSecret: 'totpSecret' in person ? person.totpSecret : undefined,
      },
      { device: { name: 'e2e API device', platform: 'test', appVersion: '0.1.0' } },
    );
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const body = response.body as {
      accessToken: string;
      deviceId: string;
      userId: string;
    };
    return new ApiDevice(body.accessToken, body.deviceId, body.userId);
  }

  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${serverUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${this.token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    expect(response.status, `${method} ${path}: ${await response.clone().text()}`).toBe(200);
    return (await response.json()) as T;
  }

  async push(mutations: Record<string, unknown>[]) {
    return this.request<{ results: { status: string; reason?: string }[] }>(
      'POST',
      '/v1/sync/push',
      {
        deviceId: this.deviceId,
        protocolVersion: 1,
        schemaVersion: 1,
        mutations: mutations.map((m) => ({
          mutationId: randomUUID(),
          seq: ++this.seq,
          clientTime: new Date().toISOString(),
          ...m,
        })),
      },
    );
  }

  /** Every case document this device may see (a supervisor sees them all). */
  async caseDocuments(): Promise<Record<string, unknown>[]> {
    const docs: Record<string, unknown>[] = [];
    let cursor = '';
    for (;;) {
      const page = await this.request<{
        changes: { entity: string; row: Record<string, unknown> | null }[];
        nextCursor: string;
        hasMore: boolean;
      }>('GET', `/v1/sync/pull${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`);
      docs.push(...page.changes.filter((c) => c.entity === 'case' && c.row).map((c) => c.row!));
      if (!page.hasMore) return docs;
      cursor = page.nextCursor;
    }
  }
}

export function casePatch(caseId: string, baseVersion: number, set: Record<string, unknown>) {
  return {
    kind: 'patch',
    entity: 'case',
    entityId: caseId,
    caseId,
    baseVersion,
    patch: { set },
  };
}

export function noteRevision(caseId: string, text: string) {
  const id = randomUUID();
  return {
    kind: 'noteRevision',
    entity: 'noteRevision',
    entityId: id,
    caseId,
    baseVersion: 0,
    patch: { set: {} },
    body: {
      id,
      noteId: randomUUID(),
      caseId,
      parentIds: [],
      body: text,
      createdAt: new Date().toISOString(),
      state: 'draft',
    },
  };
}

/** Names and A-numbers of the given case files: what an admin must never receive. */
export function identifyingStrings(cases: Record<string, unknown>[]): string[] {
  return cases.flatMap((doc) => {
    const identity = doc['identity'] as {
      familyName?: string;
      givenNames?: string;
      aNumber?: string;
    };
    return [identity.familyName, identity.givenNames, identity.aNumber].filter(
      (value): value is string => typeof value === 'string' && value.length >= 4,
    );
  });
}
