import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy';

describe('password policy', () => {
  it.each([
    ['short', 'auth.password.length'],
    ['1qaz2wsx3edc', 'auth.password.common'],
    ['QWERTY123456', 'auth.password.common'],
    ['Password2026!', 'auth.password.common'],
    ['!!iloveyou1234', 'auth.password.common'],
    ['aaaaaaaaaaaaaaaa', 'auth.password.common'],
    ['abababababababab', 'auth.password.common'],
  ])('refuses %j (%s)', (password, problem) => {
    expect(passwordProblem(password)).toBe(problem);
  });

  it("refuses a password built on the account's own email name", () => {
    expect(passwordProblem('ana.prueba-2026-ok', 'ana.prueba@example.org')).toBe(
      'auth.password.common',
    );
  });

  it.each(['river otter lantern 42', 'Canela-pozo-tibio-9', 'correct horse battery staple'])(
    'accepts a passphrase: %j',
    (password) => {
      expect(passwordProblem(password, 'someone@example.org')).toBeNull();
    },
  );
});
