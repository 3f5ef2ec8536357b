import { vi, type Mock } from 'vitest';
import type { HostBridge } from './types';

type Mocked<T> = {
  -readonly [K in keyof T]: T[K] extends (...args: never[]) => unknown ? Mock<T[K]> : T[K];
};

/**
 * A HostBridge for component tests: every method a `vi.fn` with web-mode answers by default.
 * Install it with `setBridgeForTests(createTestBridge())`.
 */
export function createTestBridge(overrides: Partial<HostBridge> = {}): Mocked<HostBridge> {
  const fn = <K extends keyof HostBridge>(
    _key: K,
    impl: Extract<HostBridge[K], (...args: never[]) => unknown>,
  ) => vi.fn(impl);
  const bridge: Mocked<HostBridge> = {
    mode: 'web',
    getAppInfo: fn('getAppInfo', async () => ({
      version: '0.1.0-test',
      platform: 'Linux x86_64',
      mode: 'web',
      embeddedServerUrl: null,
    })),
    openExternal: fn('openExternal', async () => true),
    signInWithOrganisation: fn('signInWithOrganisation', async () => 'unsupported' as const),
    getDeviceSecret: fn('getDeviceSecret', async () => null),
    onLockRequested: fn('onLockRequested', () => () => undefined),
    lockNow: fn('lockNow', async () => undefined),
    onFlushRequested: fn('onFlushRequested', () => () => undefined),
    reportFlush: fn('reportFlush', async () => undefined),
    quitApp: fn('quitApp', async () => undefined),
    onMenuAction: fn('onMenuAction', () => () => undefined),
    setMenuState: fn('setMenuState', async () => undefined),
    scheduleReminders: fn('scheduleReminders', async (list) => ({
      delivery: 'in-app',
      scheduled: list.length,
    })),
    onReminderClicked: fn('onReminderClicked', () => () => undefined),
    printDocument: fn('printDocument', async () => 'print-dialog'),
    saveFile: fn('saveFile', async () => true),
    reportError: fn('reportError', () => undefined),
    getUpdateStatus: fn('getUpdateStatus', async () => ({ state: 'disabled', version: null })),
    onUpdateStatusChanged: fn('onUpdateStatusChanged', () => () => undefined),
    installUpdate: fn('installUpdate', async () => false),
  };
  return Object.assign(bridge, overrides) as Mocked<HostBridge>;
}
