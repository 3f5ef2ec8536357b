import { argon2id } from 'hash-wasm';
import { z } from 'zod';
import { randomBytes, utf8 } from './bytes';

/**
 * Bytes from any realm: a salt read back from IndexedDB is a structured clone, which in tests
 * (jsdom, fake-indexeddb) is another realm's Uint8Array, so `instanceof` would refuse it.
 */
const SaltSchema = z.custom<Uint8Array>(
  (value) =>
    ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === '[object Uint8Array]',
);

export const KdfParamsSchema = z.discriminatedUnion('algorithm', [
  z.strictObject({
    algorithm: z.literal('argon2id'),
    salt: SaltSchema,
    memoryKiB: z
      .number()
      .int()
      .min(8 * 1024)
      .max(1024 * 1024),
    iterations: z.number().int().min(1).max(64),
    parallelism: z.literal(1),
  }),
  z.strictObject({
    algorithm: z.literal('pbkdf2-sha256'),
    salt: SaltSchema,
    iterations: z.number().int().min(600_000),
  }),
]);
export type KdfParams = z.infer<typeof KdfParamsSchema>;

/** 32 bytes derived from the passphrase with the stored parameters. */
export async function deriveBits(
  passphrase: string,
  params: KdfParams,
): Promise<Uint8Array<ArrayBuffer>> {
  const password = utf8(passphrase.normalize('NFC'));
  if (params.algorithm === 'argon2id') {
    const out = await argon2id({
      password,
      salt: params.salt,
      parallelism: params.parallelism,
      iterations: params.iterations,
      memorySize: params.memoryKiB,
      hashLength: 32,
      outputType: 'binary',
    });
    return new Uint8Array(out);
  }
  const base = await globalThis.crypto.subtle.importKey('raw', password, 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await globalThis.crypto.subtle.deriveBits(
    {
      name: 'PBKDF2',
      hash: 'SHA-256',
      salt: params.salt as Uint8Array<ArrayBuffer>,
      iterations: params.iterations,
    },
    base,
    256,
  );
  return new Uint8Array(bits);
}

export const TARGET_UNLOCK_MS = 800;
const MEMORY_KIB = 64 * 1024;

/**
 * Argon2id (64 MiB) with as many passes as take about 0.8 s here, measured on this machine,
 * within 0.5–1.5 s. The parameters are stored with the wrapped key so they can be raised later.
 */
export async function calibrateArgon2(
  now: () => number = () => performance.now(),
): Promise<KdfParams> {
  const salt = randomBytes(16);
  const probe: KdfParams = {
    algorithm: 'argon2id',
    salt,
    memoryKiB: MEMORY_KIB,
    iterations: 2,
    parallelism: 1,
  };
  const started = now();
  await deriveBits('calibration', probe);
  const perPass = Math.max(1, (now() - started) / 2);
  const iterations = Math.min(16, Math.max(2, Math.round(TARGET_UNLOCK_MS / perPass)));
  return { ...probe, salt: randomBytes(16), iterations };
}
