import type { AmparoBridge } from '@core/ipc';
import { describe, expect, it, vi } from 'vitest';
import { createElectronBridge } from './electron-bridge';

function fakeAmparo(overrides: Partial<Record<string, unknown>> = {}): AmparoBridge {
  return {
    app: {
      getInfo: vi.fn(async () => ({
        version: '1.2.3',
        platform: 'linux',
        mode: 'desktop',
        embeddedServerUrl: 'http://127.0.0.1:8787',
        locale: 'en-US',
      })),
    },
    shell: { openExternal: vi.fn(async () => ({ opened: true })) },
    security: {
      getDeviceSecret: vi.fn(async () => {
        throw { code: 'internal', message: 'device_secret_unreadable' };
      }),
      onLockRequested: vi.fn(() => () => undefined),
    },
    ...overrides,
  } as unknown as AmparoBridge;
}

describe('electron bridge', () => {
  it('maps app info to desktop mode', async () => {
    const bridge = createElectronBridge(fakeAmparo());
    expect(await bridge.getAppInfo()).toEqual({
      version: '1.2.3',
      platform: 'linux',
      mode: 'desktop',
      embeddedServerUrl: 'http://127.0.0.1:8787',
    });
    expect(await bridge.openExternal('https://www.uscis.gov/')).toBe(true);
  });

  it('turns plain IPC error objects into AppErrors with their code', async () => {
    const bridge = createElectronBridge(fakeAmparo());
    await expect(bridge.getDeviceSecret()).rejects.toMatchObject({
      name: 'AppError',
      code: 'internal',
      message: 'device_secret_unreadable',
    });
  });
});
