import { describe, expect, it } from 'vitest';
import { estimateStrength } from './passphrase-strength';

describe('passphrase strength', () => {
  it.each([
    ['password1234', false],
    ['aaaaaaaaaaaaaaaa', false],
    ['1234567890123', false],
    ['Short1!', false],
    ['correct horse battery staple', true],
    ['río verde siete lámparas', true],
    ['Tz8#qLw2!vRx9', true],
  ])('judges %s acceptable: %s', (passphrase, acceptable) => {
    expect(estimateStrength(passphrase).acceptable).toBe(acceptable);
  });

  it('requires a longer passphrase when asked to', () => {
    expect(estimateStrength('Tz8#qLw2!vRx9', 16)).toMatchObject({
      tooShort: true,
      acceptable: false,
    });
  });
});
