import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, dialog, session, type BrowserWindow } from 'electron';
import { ConfigError, parseAppConfig, type AppConfig } from './config/app-config';
import { appUserModelId, startDesktopFeatures } from './desktop-features';
import { openInSystemBrowser } from './services/system-browser';
import { registerIpcHandlers } from './ipc/register-ipc-handlers';
import { configureLogging, createLogger } from './logging/logger';
import { createRotatingFileSink } from './logging/rotating-file-sink';
import { registerAppScheme, serveAppProtocol } from './security/app-protocol';
import { buildContentSecurityPolicy } from './security/content-security-policy';
import { denyAllPermissions } from './security/permission-policy';
import { guardWebContents } from './security/web-contents-guard';
import { monitorProcessCrashes } from './services/crash-monitor';
import { createDeviceSecretStore } from './services/device-secret-store';
import { startLockService } from './services/lock-service';
import { createSafeStorageCipher } from './services/safe-storage-cipher';
import { createMainWindow, focusWindow } from './windows/main-window';
import { acquireSingleInstanceLock } from './windows/single-instance';
import { listAppWindows } from './windows/window-registry';

const log = createLogger('app');
const rendererDir = fileURLToPath(new URL('../renderer/', import.meta.url));
const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));

function fail(reason: string, error?: unknown): void {
  log.error('app.fatal', { reason, ...(error === undefined ? {} : { error }) });
  dialog.showErrorBox('Amparo', `Amparo could not start (${reason}).`);
  app.exit(1);
}

function setUpLogging(config: AppConfig): void {
  const sinks: ((line: string) => void)[] = [];
  if (!app.isPackaged) sinks.push((line) => process.stderr.write(`${line}\n`));
  try {
    sinks.push(createRotatingFileSink({ directory: join(app.getPath('userData'), 'logs') }));
  } catch {
    // Logging must never stop the app from opening; the attorney's work matters more.
  }
  configureLogging({ sinks, minLevel: config.logLevel, redact: { homeDir: app.getPath('home') } });
}

function mainWindowOpener(config: AppConfig): () => Promise<BrowserWindow> {
  return () => createMainWindow({ preloadPath, flushTimeoutMs: config.flushTimeoutMs });
}

async function onReady(config: AppConfig): Promise<void> {
  const openMainWindow = mainWindowOpener(config);
  denyAllPermissions(session.defaultSession);
  const csp = buildContentSecurityPolicy(config.connectOrigins);
  serveAppProtocol({ rendererDir, contentSecurityPolicy: () => csp });
  const desktop = await startDesktopFeatures({
    lockGraceMs: config.lockGraceMs,
    reminderPollMs: 30_000,
    openWindow: openMainWindow,
  });
  registerIpcHandlers({
    ...desktop,
    lockGraceMs: config.lockGraceMs,
    serverUrl: config.serverUrl,
    deviceSecretStore: createDeviceSecretStore({
      filePath: join(app.getPath('userData'), 'device-secret.json'),
      cipher: createSafeStorageCipher(process.platform),
    }),
  });
  startLockService({
    graceMs: config.lockGraceMs,
    idleLockSeconds: config.idleLockSeconds,
    idlePollMs: config.idlePollMs,
  });
  await openMainWindow();
  log.info('app.ready', { hasServer: config.serverUrl !== null });
  void desktop.updates.check();
}

function main(): void {
  let config: AppConfig;
  try {
    config = parseAppConfig(process.env);
  } catch (error) {
    fail(error instanceof ConfigError ? error.message : 'configuration', error);
    return;
  }
  if (config.userDataDir) app.setPath('userData', config.userDataDir);
  setUpLogging(config);

  // Both must happen before `ready`.
  registerAppScheme();
  app.enableSandbox();
  if (process.platform === 'win32') app.setAppUserModelId(appUserModelId);
  // No crashReporter.start(): see services/crash-monitor.ts.
  monitorProcessCrashes();

  if (!acquireSingleInstanceLock(() => focusWindow(listAppWindows()[0]))) {
    app.quit();
    return;
  }

  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, { openExternal: (url) => openInSystemBrowser(url) });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && listAppWindows().length === 0) {
      mainWindowOpener(config)().catch((error: unknown) =>
        log.error('window.open_failed', { error }),
      );
    }
  });
  app
    .whenReady()
    .then(() => onReady(config))
    .catch((error: unknown) => fail('startup', error));
}

main();
