import {
  test,
  expect,
  _electron,
  type Browser,
  type BrowserContext,
  type ElectronApplication,
  type Page,
} from '@playwright/test';
import type { IdpAccount } from '../../../server/src/test-support/test-idp';
import { accepts, otherAddressesOfThisMachine } from '../../support/loopback-reach';
import { serverUrl } from '../support/console';
import {
  atProvider,
  createSpecAttorney,
  startOrganisationProvider,
  type OrganisationProvider,
  type SpecAttorney,
} from '../support/organisation-provider';
import { setUpPassphrase } from '../support/session';
import {
  amparoLaunchOptions,
  createUserDataDir,
  desktopSkipReason,
  removeUserDataDir,
} from './amparo-desktop';

// Issue 20 #2, the laptop in desktop mode (RFC 8252): "Sign in with your organisation" opens the
// system browser at the server and waits on a listener of main's at 127.0.0.1 for the answer.
// Here the system browser is a Chromium page of Playwright's: main's shell.openExternal is
// replaced to hand over the address it would open. Against a real OpenID provider started here.
// Checked: the listener binds 127.0.0.1 only, refuses an answer with another state (and the app
// keeps waiting for its own), takes one answer and closes; the first sign-in links the provider
// account through the password, later ones need the button alone; another tenant is refused with
// the translated message, in the system browser's page and in the app.
const skipReason = desktopSkipReason();
test.skip(skipReason !== null, skipReason ?? '');

const TENANT = '0c0ffee0-0000-4000-8000-0000000de5c0';

test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);

const words = {
  en: {
    nav: 'Sync',
    server: 'MCJ server address',
    button: 'Sign in with your organisation',
    signedIn: 'Signed in. No new cases arrived from MCJ.',
    account: 'Account',
    done: 'You can go back to Amparo',
    tenant: 'This account does not belong to your organisation.',
  },
  es: {
    nav: 'Sincronizar',
    server: 'Dirección del servidor de MCJ',
    button: 'Iniciar sesión con su organización',
    signedIn: 'Sesión iniciada. No llegaron casos nuevos de MCJ.',
    account: 'Cuenta',
    done: 'Puede volver a Amparo',
    tenant: 'Esta cuenta no pertenece a su organización.',
  },
} as const;
type Words = (typeof words)[keyof typeof words];

let provider: OrganisationProvider;
let dana: SpecAttorney;
let app: ElectronApplication | undefined;
let userData: string | undefined;
const browsing: BrowserContext[] = [];

test.beforeAll(async () => {
  provider = await startOrganisationProvider(TENANT);
  dana = await createSpecAttorney(provider.admin, {
    handle: 'dana.desktop',
    password: 'dana-desktop-e2e-2026',
    name: 'Dana Desktop (e2e)',
  });
});

test.afterAll(async () => {
  await provider?.close();
});

async function closeLaptop(): Promise<void> {
  await app?.close();
  await removeUserDataDir(userData);
  app = undefined;
  userData = undefined;
}

test.afterEach(async () => {
  for (const context of browsing.splice(0)) await context.close();
  await closeLaptop();
});

/** A fresh laptop: the built app pointed at the e2e server, passphrase set, on the Sync page. */
async function openLaptop(say: Words = words.en): Promise<Page> {
  await closeLaptop();
  userData = await createUserDataDir();
  app = await _electron.launch(amparoLaunchOptions(userData, { AMPARO_SERVER_URL: serverUrl }));
  await app.evaluate(({ shell, powerMonitor }) => {
    const opened: string[] = [];
    (globalThis as Record<string, unknown>)['__amparoOpened'] = opened;
    shell.openExternal = async (url: string) => {
      opened.push(url);
    };
    // Nobody touches a CI machine's virtual display (Playwright's input does not reach X), so
    // its idle time can pass the app's idle lock mid-test: this spec is not about the lock.
    powerMonitor.getSystemIdleTime = () => 0;
  });
  const window = await app.firstWindow();
  await window.waitForLoadState('domcontentloaded');
  await setUpPassphrase(window);
  if (say !== words.en) {
    await window
      .getByRole('group', { name: 'Language' })
      .getByRole('button', { name: 'Español' })
      .click();
  }
  await window.getByRole('link', { name: say.nav, exact: true }).click();
  // The server address comes from AMPARO_SERVER_URL, as for the embedded demo server.
  await expect(window.getByLabel(say.server)).toHaveValue(serverUrl);
  return window;
}

const openedByMain = () =>
  app!.evaluate(() => [...((globalThis as Record<string, unknown>)['__amparoOpened'] as string[])]);

/** Presses the button; returns the address main gave the system browser and where it waits. */
async function pressButton(window: Page, say: Words): Promise<{ start: URL; returnTo: URL }> {
  const before = (await openedByMain()).length;
  await window.getByRole('button', { name: say.button }).click();
  await expect.poll(async () => (await openedByMain()).length).toBe(before + 1);
  const start = new URL((await openedByMain())[before]!);
  return { start, returnTo: new URL(start.searchParams.get('returnTo') ?? 'invalid:') };
}

/** The system browser: a profile of its own, the provider signs `account` in, back to main. */
async function systemBrowser(browser: Browser, start: URL, account: IdpAccount): Promise<Page> {
  const context = await browser.newContext();
  browsing.push(context);
  const page = await context.newPage();
  await atProvider(page, provider.idp, account);
  await page.goto(start.toString());
  return page;
}

/** Signed in: the app lands on Today with what arrived, and Sync names the account. */
async function expectSignedIn(window: Page, say: Words, name: string): Promise<void> {
  await expect(window.getByRole('heading', { name: say.signedIn })).toBeVisible({
    timeout: 30_000,
  });
  await window.getByRole('link', { name: say.nav, exact: true }).click();
  await expect(window.getByRole('region', { name: say.account })).toContainText(name);
}

test('the first sign-in links through the password; the loopback takes one answer, with its own state, on 127.0.0.1 only', async ({
  browser,
}) => {
  const say = words.en;
  const window = await openLaptop();
  const { start, returnTo } = await pressButton(window, say);
  expect(`${start.origin}${start.pathname}`).toBe(`${serverUrl}/v1/oidc/start`);
  expect(start.searchParams.get('client')).toBe('laptop');
  expect(start.searchParams.get('state')).toMatch(/^[A-Za-z0-9_-]{16,}$/);
  expect(start.searchParams.get('challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  // The PKCE verifier stays in the renderer: nothing main hands out carries it.
  expect([...start.searchParams.keys()].sort()).toEqual([
    'challenge',
    'client',
    'returnTo',
    'state',
  ]);
  expect(returnTo.protocol).toBe('http:');
  expect(returnTo.hostname).toBe('127.0.0.1');
  expect(returnTo.pathname).toBe('/oidc/callback');
  const port = Number(returnTo.port);
  expect(port).toBeGreaterThan(0);

  // Listening on 127.0.0.1 (another path: not found), and on no other address of this machine.
  expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(404);
  for (const address of otherAddressesOfThisMachine()) {
    expect(await accepts(address, port), `the loopback listener on ${address}`).toBe(false);
  }

  // Another program on this machine answers first, with a code of its own: refused, and the app
  // keeps waiting for its own answer.
  const planted = new URL(returnTo);
  planted.search = new URLSearchParams({
    state: 'another-programs-state-0000',
    code: `amh_${'p'.repeat(43)}`,
  }).toString();
  const refused = await fetch(planted);
  expect(refused.status).toBe(400);
  expect(await refused.text()).toContain('This page was not expected');
  await expect(window.getByRole('button', { name: say.button })).toBeDisabled();
  await expect(window.getByRole('region', { name: say.account })).toHaveCount(0);

  // The system browser: the provider signs Dana in, the server sends it back to the loopback.
  const back = await systemBrowser(browser, start, {
    sub: 'desk-oid-dana',
    email: dana.email,
    tid: TENANT,
  });
  expect(new URL(back.url()).origin).toBe(returnTo.origin);
  await expect(back.getByRole('heading', { level: 1, name: say.done })).toBeVisible();

  // Not linked yet: the provider's email alone signs nobody in; the password links it.
  await expect(
    window.getByRole('status').filter({ hasText: 'not linked to Amparo yet' }),
  ).toBeVisible({ timeout: 30_000 });
  await expect(window.getByRole('region', { name: say.account })).toHaveCount(0);
  await window.getByLabel('Email').fill(dana.email);
  await window.getByLabel('Password').fill(dana.password);
  await window.getByRole('button', { name: 'Sign in and link' }).click();
  await expectSignedIn(window, say, dana.name);

  // One answer only: the listener is closed, even to the right state.
  const again = new URL(back.url());
  await expect(fetch(again)).rejects.toThrow();
  expect(await accepts('127.0.0.1', port)).toBe(false);

  // Another laptop: the button alone, no password.
  const other = await openLaptop();
  const second = await pressButton(other, say);
  const secondBack = await systemBrowser(browser, second.start, {
    sub: 'desk-oid-dana',
    email: dana.email,
    tid: TENANT,
  });
  await expect(secondBack.getByRole('heading', { level: 1, name: say.done })).toBeVisible();
  await expectSignedIn(other, say, dana.name);
  await expect(fetch(secondBack.url())).rejects.toThrow();
});

test('an account of another tenant is refused with the translated message, and nobody is signed in', async ({
  browser,
}) => {
  const say = words.es;
  const window = await openLaptop(say);
  const { start, returnTo } = await pressButton(window, say);
  // Dana's own provider subject, linked above, but from another tenant of the same provider.
  const back = await systemBrowser(browser, start, {
    sub: 'desk-oid-dana',
    email: dana.email,
    tid: 'another-tenant',
  });
  expect(new URL(back.url()).searchParams.get('error')).toBe('tenant');
  expect(new URL(back.url()).searchParams.has('code')).toBe(false);
  // Main's page in the system browser speaks the app's language too.
  await expect(back.getByRole('heading', { level: 1, name: say.done })).toBeVisible();
  await expect(window.getByRole('alert')).toContainText(say.tenant, { timeout: 30_000 });
  await expect(window.getByRole('button', { name: say.button })).toBeEnabled();
  await expect(window.getByRole('region', { name: say.account })).toHaveCount(0);
  expect(await accepts('127.0.0.1', Number(returnTo.port))).toBe(false);
});
