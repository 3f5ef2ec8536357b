import { importAesKey } from './crypto/aes';
import { randomBytes } from './crypto/bytes';
import { KeyRing } from './crypto/keyring';
import { AmparoDatabase } from './database';

/** A fresh, encrypted, unlocked database for tests (random data key, no passphrase). */
export async function createTestDatabase(
  name = `test-${globalThis.crypto.randomUUID()}`,
): Promise<{ db: AmparoDatabase; keyring: KeyRing }> {
  const keyring = new KeyRing(await importAesKey(randomBytes(32)));
  const db = new AmparoDatabase(name, { keyring: () => keyring });
  return { db, keyring };
}
