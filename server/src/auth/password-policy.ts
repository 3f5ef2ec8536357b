/**
 * What a new password must be (NIST SP 800-63B §3.1.1.2, OWASP): long enough (core's
 * `PasswordSchema`: 12 to 256 characters) and not a known common password. The list is the 49,233
 * most common passwords packaged with @zxcvbn-ts/language-common (MIT; read from disk, never
 * fetched). A password is refused when, lower-cased, it is on the list, is a listed password with
 * digits or symbols around it ("Password2026!"), is one character repeated, or contains the
 * account's own email name. Checked when a password is chosen, never at sign-in.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { AppError } from '@core/errors/app-error';
import { PasswordSchema } from '@core/sync/auth-schemas';

let common: Set<string> | undefined;

function commonPasswords(): Set<string> {
  if (!common) {
    const require = createRequire(import.meta.url);
    const file = require.resolve('@zxcvbn-ts/language-common/src/passwords.json');
    const list = JSON.parse(readFileSync(file, 'utf8')) as string[];
    common = new Set(list.map((password) => password.toLowerCase()));
  }
  return common;
}

export type PasswordProblem = 'auth.password.length' | 'auth.password.common';

/** Why a newly chosen password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, email?: string): PasswordProblem | null {
  if (!PasswordSchema.safeParse(password).success) return 'auth.password.length';
  const lower = password.normalize('NFKC').toLowerCase();
  const list = commonPasswords();
  const core = lower.replace(/^[\d\W_]+|[\d\W_]+$/gu, '');
  if (list.has(lower) || (core.length >= 4 && list.has(core))) return 'auth.password.common';
  if (new Set(lower).size <= 2) return 'auth.password.common';
  const name = email?.split('@')[0]?.toLowerCase();
  if (name && name.length >= 4 && lower.includes(name)) return 'auth.password.common';
  return null;
}

/** Throws `validation_failed` with the problem as the issue code (an i18n key). */
export function assertAcceptablePassword(password: string, email?: string, path = 'password') {
  const problem = passwordProblem(password, email);
  if (problem)
    throw new AppError('validation_failed', 'validation_failed', [{ path, code: problem }]);
}
