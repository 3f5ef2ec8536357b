import { randomBytes as nodeRandomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { AppError } from '@core/errors/app-error';
import {
  DeviceSecretBase64Schema,
  type DeviceSecret,
  type SecretStorageBackend,
} from '@core/ipc/security-schemas';
import { createLogger } from '../logging/logger';

const log = createLogger('device-secret');

/** The slice of `safeStorage` the store needs, with the backend already named per platform. */
export interface SecretCipher {
  isAvailable(): boolean;
  backend(): SecretStorageBackend;
  encrypt(plainText: string): Buffer;
  decrypt(encrypted: Buffer): string;
}

const SecretFileSchema = z.discriminatedUnion('protection', [
  z.strictObject({
    version: z.literal(1),
    protection: z.literal('os'),
    data: z.base64().max(4096),
  }),
  // Only when the OS offered no encryption at all; upgraded to `os` as soon as it does.
  z.strictObject({
    version: z.literal(1),
    protection: z.literal('none'),
    data: DeviceSecretBase64Schema,
  }),
]);
type SecretFile = z.infer<typeof SecretFileSchema>;

const weakBackends: ReadonlySet<SecretStorageBackend> = new Set([
  'basic_text',
  'unknown',
  'unavailable',
]);

export interface DeviceSecretStore {
  get(): Promise<DeviceSecret>;
}

export interface DeviceSecretStoreOptions {
  readonly filePath: string;
  readonly cipher: SecretCipher;
  readonly randomBytes?: (size: number) => Buffer;
}

/**
 * The 32-byte device secret the renderer mixes into its key derivation. Created once, then never
 * replaced: a new secret would make every local record unreadable, so an unreadable file is an error
 * to report, never a reason to start over.
 */
export function createDeviceSecretStore(options: DeviceSecretStoreOptions): DeviceSecretStore {
  const random = options.randomBytes ?? nodeRandomBytes;
  const { cipher, filePath } = options;
  let pending: Promise<DeviceSecret> | null = null;

  const save = async (file: SecretFile) => {
    await mkdir(dirname(filePath), { recursive: true, mode: 0o700 });
    const temporary = `${filePath}.tmp`;
    await writeFile(temporary, JSON.stringify(file), { mode: 0o600, flag: 'w' });
    await rename(temporary, filePath);
  };

  const protect = (secret: string): SecretFile =>
    cipher.isAvailable()
      ? { version: 1, protection: 'os', data: cipher.encrypt(secret).toString('base64') }
      : { version: 1, protection: 'none', data: secret };

  const describe = (secret: string, file: SecretFile): DeviceSecret => {
    const backend = file.protection === 'os' ? cipher.backend() : 'unavailable';
    return { secret, backend, isProtected: !weakBackends.has(backend) };
  };

  const readExisting = async (): Promise<SecretFile | null> => {
    let text: string;
    try {
      text = await readFile(filePath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new AppError('internal', 'device_secret_corrupt');
    }
    const parsed = SecretFileSchema.safeParse(json);
    if (!parsed.success) throw new AppError('internal', 'device_secret_corrupt');
    return parsed.data;
  };

  const load = async (): Promise<DeviceSecret> => {
    const existing = await readExisting();
    if (!existing) {
      const secret = random(32).toString('base64');
      const file = protect(secret);
      await save(file);
      log.info('device_secret.created', { protection: file.protection });
      return describe(secret, file);
    }
    if (existing.protection === 'none') {
      if (!cipher.isAvailable()) return describe(existing.data, existing);
      const upgraded = protect(existing.data);
      await save(upgraded);
      log.info('device_secret.protected');
      return describe(existing.data, upgraded);
    }
    if (!cipher.isAvailable()) throw new AppError('internal', 'device_secret_unavailable');
    let secret: string;
    try {
      secret = cipher.decrypt(Buffer.from(existing.data, 'base64'));
    } catch {
      throw new AppError('internal', 'device_secret_unreadable');
    }
    if (!DeviceSecretBase64Schema.safeParse(secret).success) {
      throw new AppError('internal', 'device_secret_corrupt');
    }
    return describe(secret, existing);
  };

  return {
    get() {
      // Concurrent first calls must not each create a secret.
      pending ??= load().catch((error: unknown) => {
        pending = null;
        log.error('device_secret.failed', { error });
        throw error;
      });
      return pending;
    },
  };
}
