import { describe, expect, it } from 'vitest';
import { randomBytes } from './bytes';
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
});
