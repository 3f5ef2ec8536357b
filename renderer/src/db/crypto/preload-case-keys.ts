import type { AmparoDatabase } from '../database';
import { caseKeyId, type CaseKeyRow, type KeyRing } from './keyring';

const CASE_KEY_PREFIX = caseKeyId('');

/**
 * Unwraps every case key right after unlock, with one read, while the first screen loads: the
 * case list then decrypts without a key lookup per case. Best effort: a lock in the meantime
 * simply ends it, and a key that fails here is unwrapped (or reported) when first needed.
 */
export async function preloadCaseKeys(db: AmparoDatabase, keyring: KeyRing): Promise<number> {
  const rows = (await db.keys
    .where('id')
    .startsWith(CASE_KEY_PREFIX)
    .toArray()) as unknown as CaseKeyRow[];
  const pending = rows
    .filter((row) => !keyring.hasCaseKey(row.id))
    .map((row) => keyring.caseKey(row.id, async () => row).catch(() => undefined));
  return (await Promise.all(pending)).filter(Boolean).length;
}
