import { beforeEach, describe, expect, it, vi } from 'vitest';
import { contextBridge, resetElectronMock } from '../../test/mocks/electron';

vi.mock('electron', () => import('../../test/mocks/electron'));

beforeEach(() => resetElectronMock());

describe('preload entry', () => {
  it('exposes one frozen window.amparo object and nothing else', async () => {
    await import('./index');
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [key, api] = contextBridge.exposeInMainWorld.mock.calls[0]!;
    expect(key).toBe('amparo');
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.keys(api as object).sort()).toEqual([
      'app',
      'auth',
      'files',
      'log',
      'menu',
      'print',
      'reminders',
      'security',
      'session',
      'shell',
      'updates',
    ]);
  });
});
