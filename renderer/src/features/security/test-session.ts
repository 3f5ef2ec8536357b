import { vi } from 'vitest';
import { createTestBridge } from '../../bridge/test-bridge';
import { randomBytes } from '../../db/crypto/bytes';
import { AmparoDatabase, sessionKeyRing } from '../../db/database';
import { createVault } from '../../db/vault';
import {
  createFlushRegistry,
  type FlushRegistry,
  type UnsavedWork,
} from '../saving/flush-registry';
import { Session } from './session';

export const testPassphrase = 'river lamp seven orchard';
export const unsavedNote: UnsavedWork = {
  kind: 'note',
  caseId: 'case-1',
  text: 'Client fears return',
};

/** An unlocked Session on a fresh database (cheap key derivation), with its own flush registry. */
export async function unlockedSession() {
  const db = new AmparoDatabase(`session-${crypto.randomUUID()}`, {
    keyring: () => sessionKeyRing(),
  });
  const kdf = {
    algorithm: 'argon2id',
    salt: randomBytes(16),
    memoryKiB: 8 * 1024,
    iterations: 1,
    parallelism: 1,
  } as const;
  (await createVault(db, testPassphrase, { deviceSecret: null, kdf })).lock();
  const bridge = createTestBridge();
  const reload = vi.fn();
  const saves = createFlushRegistry();
  const session = new Session(bridge, () => db, reload, saves);
  const result = await session.unlock(testPassphrase);
  if (!result.ok) throw new Error('test session did not unlock');
  return { session, bridge, reload, saves, db };
}

/** A saver whose save is still waiting; it records whether the key was there when it saved. */
export function pendingSaver(saves: FlushRegistry, options: { fails?: boolean } = {}) {
  let isDirty = true;
  const keyWhenSaved: boolean[] = [];
  saves.register({
    flush: async () => {
      keyWhenSaved.push(sessionKeyRing()?.isUnlocked === true);
      if (!options.fails) isDirty = false;
    },
    unsaved: () => (isDirty ? unsavedNote : null),
  });
  return { keyWhenSaved };
}
