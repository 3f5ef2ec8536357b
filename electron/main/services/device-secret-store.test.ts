import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '@core/errors/app-error';
import type { SecretStorageBackend } from '@core/ipc/security-schemas';
import { createDeviceSecretStore, type SecretCipher } from './device-secret-store';

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'amparo-secret-'));
  file = join(dir, 'nested', 'device-secret.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function fakeCipher(backend: SecretStorageBackend = 'gnome_libsecret') {
  const state = { available: true, backend, broken: false };
  const cipher: SecretCipher = {
    isAvailable: () => state.available,
    backend: () => state.backend,
    encrypt: vi.fn((text: string) => Buffer.from(`os:${Buffer.from(text).toString('hex')}`)),
    decrypt: vi.fn((data: Buffer) => {
      const text = data.toString();
      if (state.broken || !text.startsWith('os:')) throw new Error('keyring locked');
      return Buffer.from(text.slice(3), 'hex').toString();
    }),
  };
  return { cipher, state };
}

const fixedBytes = (size: number) => Buffer.alloc(size, 0xab);

describe('device secret store', () => {
  it('creates 32 random bytes once, stores them OS-encrypted, and returns the same secret after', async () => {
    const { cipher } = fakeCipher();
    const first = await createDeviceSecretStore({
      filePath: file,
      cipher,
      randomBytes: fixedBytes,
    }).get();
    expect(first).toEqual({
      secret: Buffer.alloc(32, 0xab).toString('base64'),
      backend: 'gnome_libsecret',
      isProtected: true,
    });
    const onDisk = await readFile(file, 'utf8');
    expect(onDisk).not.toContain(first.secret);
    expect(JSON.parse(onDisk)).toMatchObject({ version: 1, protection: 'os' });
    expect((await stat(file)).mode & 0o077).toBe(0);

    const again = await createDeviceSecretStore({ filePath: file, cipher }).get();
    expect(again).toEqual(first);
  });

  it('uses real randomness by default', async () => {
    const a = await createDeviceSecretStore({ filePath: file, cipher: fakeCipher().cipher }).get();
    const b = await createDeviceSecretStore({
      filePath: join(dir, 'other.json'),
      cipher: fakeCipher().cipher,
    }).get();
    expect(Buffer.from(a.secret, 'base64')).toHaveLength(32);
    expect(a.secret).not.toBe(b.secret);
  });

  it('creates a single secret under concurrent first calls', async () => {
    const { cipher } = fakeCipher();
    const store = createDeviceSecretStore({ filePath: file, cipher });
    const results = await Promise.all([store.get(), store.get(), store.get()]);
    expect(new Set(results.map((r) => r.secret)).size).toBe(1);
    expect(cipher.encrypt).toHaveBeenCalledTimes(1);
  });

  it.each<[SecretStorageBackend, boolean]>([
    ['keychain', true],
    ['dpapi', true],
    ['kwallet5', true],
    ['basic_text', false],
    ['unknown', false],
  ])('reports backend %s as protected=%s', async (backend, isProtected) => {
    const result = await createDeviceSecretStore({
      filePath: file,
      cipher: fakeCipher(backend).cipher,
    }).get();
    expect(result).toMatchObject({ backend, isProtected });
  });

  it('without OS encryption keeps the secret unprotected, and protects it once encryption appears', async () => {
    const { cipher, state } = fakeCipher();
    state.available = false;
    const plain = await createDeviceSecretStore({
      filePath: file,
      cipher,
      randomBytes: fixedBytes,
    }).get();
    expect(plain).toMatchObject({ backend: 'unavailable', isProtected: false });
    state.available = true;
    const upgraded = await createDeviceSecretStore({ filePath: file, cipher }).get();
    expect(upgraded).toEqual({
      secret: plain.secret,
      backend: 'gnome_libsecret',
      isProtected: true,
    });
    expect(await readFile(file, 'utf8')).not.toContain(plain.secret);
  });

  it('never replaces a secret it cannot read (keyring locked): reports an error instead', async () => {
    const { cipher, state } = fakeCipher();
    await createDeviceSecretStore({ filePath: file, cipher }).get();
    const before = await readFile(file, 'utf8');
    state.broken = true;
    const store = createDeviceSecretStore({ filePath: file, cipher });
    await expect(store.get()).rejects.toMatchObject({
      code: 'internal',
      message: 'device_secret_unreadable',
    });
    state.available = false;
    await expect(store.get()).rejects.toMatchObject({ message: 'device_secret_unavailable' });
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it.each([
    ['not JSON', '{'],
    ['wrong shape', JSON.stringify({ version: 2, protection: 'os', data: 'AA==' })],
    ['short plain secret', JSON.stringify({ version: 1, protection: 'none', data: 'AAAA' })],
  ])('refuses a corrupt file (%s) and leaves it alone', async (_label, content) => {
    await writeFile(join(dir, 'device-secret.json'), content);
    const store = createDeviceSecretStore({
      filePath: join(dir, 'device-secret.json'),
      cipher: fakeCipher().cipher,
    });
    const error = await store.get().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ message: 'device_secret_corrupt' });
    expect(await readFile(join(dir, 'device-secret.json'), 'utf8')).toBe(content);
  });

  it('refuses a decrypted value that is not a 32-byte secret', async () => {
    const { cipher } = fakeCipher();
    const data = cipher.encrypt('not-a-secret').toString('base64');
    await writeFile(join(dir, 's.json'), JSON.stringify({ version: 1, protection: 'os', data }));
    await expect(
      createDeviceSecretStore({ filePath: join(dir, 's.json'), cipher }).get(),
    ).rejects.toMatchObject({ message: 'device_secret_corrupt' });
  });
});
