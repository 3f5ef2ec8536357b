import { isMfaChallenge } from '@core/sync/mfa-schemas';
import { freshTotpCode } from '../../server/src/test-support/totp-sign-in';
import 'fake-indexeddb/auto';
import { createDocumentsRepository } from '../../renderer/src/db/documents-repository';
import { createNotesRepository } from '../../renderer/src/db/notes-repository';
import { createTestDatabase } from '../../renderer/src/db/test-database';
import {
  signIn,
  signInWithCode,
  transportForState,
} from '../../renderer/src/sync/session-transport';
import { SyncEngine, type SyncEngineOptions } from '../../renderer/src/sync/sync-engine';

export interface Device {
  name: string;
  db: Awaited<ReturnType<typeof createTestDatabase>>['db'];
  engine: SyncEngine;
  docs: ReturnType<typeof createDocumentsRepository>;
  notes: ReturnType<typeof createNotesRepository>;
  /**
   * The attorney signs in again on this laptop, as the app's Sync page lets them after the server
   * signed it out (a used refresh token presented later than the retry grace is taken for theft).
   */
  signInAgain(): Promise<void>;
  /** The app started again on the same database (after a crash): a new engine, nothing in memory. */
  restartEngine(): void;
}

/** A laptop: its own encrypted database and the real sync engine, signed in to `serverUrl`. */
export async function createDevice(
  name: string,
  serverUrl: string,
  credentials: { email: string; password: string; totpSecret?: string | undefined },
  fetchImpl?: typeof fetch,
  engineOptions: Pick<
    SyncEngineOptions,
    'random' | 'exclusive' | 'verifyEveryMs' | 'now' | 'afterPageCommit'
  > = {},
): Promise<Device> {
  const { db } = await createTestDatabase(`${name}-${globalThis.crypto.randomUUID()}`);
  const input = {
    serverUrl,
    email: credentials.email,
    password: credentials.password,
    deviceName: name,
    platform: 'test',
    appVersion: '0.1.0',
  };
  const signInOnce = async () => {
    const answer = await signIn(() => db, input, fetchImpl);
    if (isMfaChallenge(answer)) {
      // Staff: the second step, with the code from their (demo) secret.
      if (!credentials.totpSecret) throw new Error(`${credentials.email} needs a TOTP secret`);
      const code = await freshTotpCode(credentials.email, credentials.totpSecret);
      await signInWithCode(
        () => db,
        input,
        { challengeToken: answer.challengeToken, code },
        fetchImpl,
      );
    }
  };
  await signInOnce();
  const newEngine = () =>
    new SyncEngine({
      db: () => db,
      transportFor: transportForState(() => db, fetchImpl),
      appVersion: '0.1.0',
      random: () => 0.5,
      ...engineOptions,
    });
  const device: Device = {
    name,
    db,
    engine: newEngine(),
    docs: createDocumentsRepository(() => db),
    notes: createNotesRepository(() => db),
    signInAgain: signInOnce,
    restartEngine: () => {
      void device.engine.pauseAfterCurrentBatch();
      device.engine = newEngine();
    },
  };
  return device;
}
