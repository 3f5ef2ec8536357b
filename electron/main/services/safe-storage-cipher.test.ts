import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetElectronMock, safeStorage } from '../../../test/mocks/electron';
import { createSafeStorageCipher } from './safe-storage-cipher';

vi.mock('electron', () => import('../../../test/mocks/electron'));

beforeEach(() => resetElectronMock());

describe('createSafeStorageCipher', () => {
  it('names the backend per platform', () => {
    expect(createSafeStorageCipher('darwin').backend()).toBe('keychain');
    expect(createSafeStorageCipher('win32').backend()).toBe('dpapi');
    safeStorage.backend = 'basic_text';
    expect(createSafeStorageCipher('linux').backend()).toBe('basic_text');
    expect(safeStorage.getSelectedStorageBackend).toHaveBeenCalledTimes(1);
  });

  it('round-trips through safeStorage', () => {
    const cipher = createSafeStorageCipher('linux');
    const encrypted = cipher.encrypt('secret');
    expect(encrypted.toString()).not.toContain('secret');
    expect(cipher.decrypt(encrypted)).toBe('secret');
    expect(cipher.isAvailable()).toBe(true);
    safeStorage.available = false;
    expect(cipher.isAvailable()).toBe(false);
  });
});
