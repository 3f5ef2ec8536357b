import { safeStorage } from 'electron';
import type { SecretStorageBackend } from '@core/ipc/security-schemas';
import type { SecretCipher } from './device-secret-store';

/** `safeStorage` seen through `SecretCipher`. Only valid after `app` is ready. */
export function createSafeStorageCipher(platform: NodeJS.Platform): SecretCipher {
  return {
    isAvailable: () => safeStorage.isEncryptionAvailable(),
    backend(): SecretStorageBackend {
      if (platform === 'darwin') return 'keychain';
      if (platform === 'win32') return 'dpapi';
      return safeStorage.getSelectedStorageBackend();
    },
    encrypt: (plainText) => safeStorage.encryptString(plainText),
    decrypt: (encrypted) => safeStorage.decryptString(encrypted),
  };
}
