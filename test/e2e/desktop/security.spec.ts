import { test, expect, _electron, type ElectronApplication, type Page } from '@playwright/test';
import {
  amparoLaunchOptions,
  createUserDataDir,
  desktopSkipReason,
  removeUserDataDir,
} from './amparo-desktop';

const skipReason = desktopSkipReason();
test.skip(skipReason !== null, skipReason ?? '');

let app: ElectronApplication | undefined;
let page: Page;
let userData: string | undefined;

test.beforeEach(async () => {
  userData = await createUserDataDir();
  app = await _electron.launch(amparoLaunchOptions(userData));
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterEach(async () => {
  await app?.close();
  await removeUserDataDir(userData);
});

const appUrl = /^app:\/\/amparo\//;

test('the first window shows app://amparo/, never a file:// page', async () => {
  expect(page.url()).toMatch(appUrl);
  expect(await page.evaluate(() => location.origin)).toBe('app://amparo');
});

test('window.amparo has exactly the contract functions and is frozen', async () => {
  const shape = await page.evaluate(() => {
    const api = (window as unknown as { amparo: Record<string, Record<string, unknown>> }).amparo;
    return {
      features: Object.keys(api).sort(),
      methods: Object.fromEntries(
        Object.entries(api).map(([feature, methods]) => [
          feature,
          Object.keys(methods)
            .sort()
            .map((name) => `${name}:${typeof methods[name]}`),
        ]),
      ),
      isFrozen: Object.isFrozen(api) && Object.values(api).every((f) => Object.isFrozen(f)),
    };
  });
  expect(shape).toEqual({
    features: [
      'app',
      'files',
      'log',
      'menu',
      'print',
      'reminders',
      'security',
      'session',
      'shell',
      'updates',
    ],
    methods: {
      app: ['getInfo:function', 'requestQuit:function'],
      files: ['save:function'],
      log: ['reportError:function'],
      menu: ['onActionInvoked:function', 'updateState:function'],
      print: ['savePdf:function'],
      reminders: ['onReminderClicked:function', 'schedule:function'],
      security: ['getDeviceSecret:function', 'onLockRequested:function', 'requestLock:function'],
      session: ['onFlushRequested:function', 'reportFlush:function'],
      shell: ['openExternal:function'],
      updates: ['getStatus:function', 'installUpdate:function', 'onStatusChanged:function'],
    },
    isFrozen: true,
  });
});

test('the page has no Node.js', async () => {
  const globals = await page.evaluate(() => ({
    require: typeof (globalThis as Record<string, unknown>)['require'],
    process: typeof (globalThis as Record<string, unknown>)['process'],
    module: typeof (globalThis as Record<string, unknown>)['module'],
    Buffer: typeof (globalThis as Record<string, unknown>)['Buffer'],
  }));
  expect(globals).toEqual({
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
    Buffer: 'undefined',
  });
});

test('the page cannot navigate away from the app', async () => {
  for (const target of [
    'https://example.com/',
    'file:///etc/passwd',
    'app://amparo.evil.example/',
  ]) {
    await page.evaluate((url) => {
      location.href = url;
    }, target);
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(appUrl);
  }
});

test('window.open opens nothing and hands no foreign link to the system browser', async () => {
  await app!.evaluate(({ shell }) => {
    const opened: string[] = [];
    (globalThis as Record<string, unknown>)['__amparoOpened'] = opened;
    shell.openExternal = async (url: string) => {
      opened.push(url);
    };
  });
  const result = await page.evaluate(() => window.open('https://example.com/', '_blank'));
  expect(result).toBeNull();
  await page.waitForTimeout(500);
  expect(app!.windows()).toHaveLength(1);
  expect(
    await app!.evaluate(() => (globalThis as Record<string, unknown>)['__amparoOpened']),
  ).toEqual([]);
});

test('app:// responses carry a strict CSP and nosniff', async () => {
  const headers = await page.evaluate(async () => {
    const response = await fetch(`${location.origin}/`);
    return {
      csp: response.headers.get('content-security-policy'),
      nosniff: response.headers.get('x-content-type-options'),
    };
  });
  expect(headers.nosniff).toBe('nosniff');
  for (const directive of [
    "default-src 'none'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ]) {
    expect(headers.csp).toContain(directive);
  }
});

test('an injected inline script is blocked by the CSP', async () => {
  const outcome = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener(
          'securitypolicyviolation',
          (event) => resolve(`blocked:${event.effectiveDirective}`),
          { once: true },
        );
        const script = document.createElement('script');
        script.textContent = 'window.__amparoInline = true;';
        document.head.append(script);
        setTimeout(() => {
          const ran = (window as unknown as Record<string, unknown>)['__amparoInline'] === true;
          resolve(ran ? 'ran' : 'silent');
        }, 2_000);
      }),
  );
  expect(outcome).toBe('blocked:script-src-elem');
});
