import { describe, expect, it } from 'vitest';
import { randomBytes, toBase64 } from './bytes';
import { calibrateArgon2, deriveBits, KdfParamsSchema } from './kdf';

describe('key derivation', () => {
  it('derives the same 32 bytes for the same passphrase and parameters, different otherwise', async () => {
    const params = {
      algorithm: 'argon2id' as const,
      salt: randomBytes(16),
      memoryKiB: 8192,
      iterations: 1,
      parallelism: 1 as const,
    };
    const a = await deriveBits('correct horse battery staple', params);
    expect(a).toHaveLength(32);
    expect(await deriveBits('correct horse battery staple', params)).toEqual(a);
    expect(await deriveBits('correct horse battery stapler', params)).not.toEqual(a);
  });

  it('supports PBKDF2-SHA256 at 600,000 iterations or more', async () => {
    expect(
      KdfParamsSchema.safeParse({
        algorithm: 'pbkdf2-sha256',
        salt: randomBytes(16),
        iterations: 100_000,
      }).success,
    ).toBe(false);
    const bits = await deriveBits('pass', {
      algorithm: 'pbkdf2-sha256',
      salt: randomBytes(16),
      iterations: 600_000,
    });
    expect(bits).toHaveLength(32);
  });

  it('calibrates Argon2id passes to about 0.8 s, within bounds', async () => {
    let clock = 0;
    const now = () => (clock += 200); // each measured pass "takes" 100 ms
    const params = await calibrateArgon2(now);
    expect(params).toMatchObject({ algorithm: 'argon2id', memoryKiB: 65536, iterations: 8 });
    expect(KdfParamsSchema.safeParse(params).success).toBe(true);
  });

  /**
   * Known answers from the reference implementation (Debian's `argon2` 0~20171227, the PHC
   * winner's code), not from hash-wasm: e.g.
   * `echo -n 'correct horse battery staple' | argon2 'amparo-kat-salt!' -id -t 2 -k 65536 -p 1 -l 32 -r`.
   */
  it.each([
    [
      'correct horse battery staple',
      65536,
      2,
      'f725a479e5a7eda83808726dced06baba693324037b92f86a2b76fbc2cff6190',
    ],
    [
      'correct horse battery staple',
      8192,
      1,
      'f27829419fe7554b05348072075fc86837c7e773dbafca548e2a57297ffddd13',
    ],
    [
      'correct horse battery staple',
      8192,
      3,
      '8c8d5a1f7411cec81dd51c41aede9571ab8acc76443a74fc8b7bb59e6b90620f',
    ],
    [
      'contraseña ñandú',
      8192,
      1,
      '350a4e12b844006817dbbb863be3d9d59c074bc75f46fd8e0bfb2c19e7dc2494',
    ],
  ])(
    'derives the reference Argon2id answer for %j, %i KiB, %i passes',
    async (pass, memoryKiB, iterations, hex) => {
      const bits = await deriveBits(pass, {
        algorithm: 'argon2id',
        salt: new TextEncoder().encode('amparo-kat-salt!'),
        memoryKiB,
        iterations,
        parallelism: 1,
      });
      expect(Buffer.from(bits).toString('hex')).toBe(hex);
    },
  );

  it('derives the same key from a passphrase typed in composed or decomposed form', async () => {
    const params = {
      algorithm: 'argon2id' as const,
      salt: new TextEncoder().encode('amparo-kat-salt!'),
      memoryKiB: 8192,
      iterations: 1,
      parallelism: 1 as const,
    };
    const decomposed = 'contraseña ñandú'.normalize('NFD');
    expect(Buffer.from(await deriveBits(decomposed, params)).toString('hex')).toBe(
      '350a4e12b844006817dbbb863be3d9d59c074bc75f46fd8e0bfb2c19e7dc2494',
    );
  });

  it('gives every calibration a fresh random 16-byte salt', async () => {
    let clock = 0;
    const now = () => (clock += 200);
    const salts = await Promise.all([1, 2].map(async () => (await calibrateArgon2(now)).salt));
    for (const salt of salts) {
      expect(salt).toHaveLength(16);
      expect(salt.some((byte) => byte !== 0)).toBe(true);
    }
    expect(new Set(salts.map((salt) => toBase64(salt))).size).toBe(2);
  });
});
