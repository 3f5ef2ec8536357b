/**
 * Where the server's MFA key comes from: `AMPARO_MFA_KEY` always wins. Without it, a PGlite data
 * folder (the demo, a developer's machine) keeps a generated key in `mfa.key` beside the data
 * (mode 600), and an in-memory database gets a random one; PostgreSQL (production) refuses to
 * start, because a key that lived in the database's own folder would protect nothing there.
 */
import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MfaKey } from './mfa-key';
import { MFA_KEY_ENV, createMfaKey, parseMfaKey } from './mfa-key';

export type MfaKeySource =
  { kind: 'postgres' } | { kind: 'dataDir'; dir: string } | { kind: 'memory' };

export async function loadMfaKey(
  source: MfaKeySource,
  env: Record<string, string | undefined> = process.env,
  options: { create?: boolean } = {},
): Promise<MfaKey | null> {
  const fromEnv = env[MFA_KEY_ENV];
  if (fromEnv) return createMfaKey(parseMfaKey(fromEnv));
  if (source.kind === 'memory') return createMfaKey(randomBytes(32));
  if (source.kind === 'postgres') return null;
  const file = join(source.dir, 'mfa.key');
  try {
    return createMfaKey(parseMfaKey(await readFile(file, 'utf8')));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (options.create === false) return null;
  await writeFile(file, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  return createMfaKey(parseMfaKey(await readFile(file, 'utf8')));
}

export const MISSING_MFA_KEY_MESSAGE = `${MFA_KEY_ENV} is not set: staff two-step sign-in needs it (32 random bytes, base64: openssl rand -base64 32). See docs/deploy.md.`;
