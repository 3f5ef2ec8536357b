import { describe, expect, it } from 'vitest';
import { generatePassword, hashPassword, verifyPassword } from './password-hasher';

const cheap = { N: 2 ** 10, r: 8, p: 1, keylen: 32 };

describe('password hasher', () => {
  it('verifies the right password and refuses others', async () => {
    const stored = await hashPassword('correct horse battery staple', cheap);
    expect(await verifyPassword('correct horse battery staple', stored)).toBe(true);
    expect(await verifyPassword('correct horse battery stapler', stored)).toBe(false);
  });

  it('salts every hash and keeps its parameters', async () => {
    const a = await hashPassword('same password here', cheap);
    const b = await hashPassword('same password here', cheap);
    expect(a.hash).not.toBe(b.hash);
    expect(a.salt).not.toBe(b.salt);
    expect(a.params).toEqual(cheap);
  });

  it('generates long random passwords', () => {
    const password = generatePassword();
    expect(password.length).toBeGreaterThanOrEqual(20);
    expect(generatePassword()).not.toBe(password);
  });
});
