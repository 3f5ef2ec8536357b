/**
 * One lost refresh answer must not sign a laptop out (issue 15 #7): the server rotates, the answer
 * never arrives, and the laptop retries with the token it still holds.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateSyncState } from '../../renderer/src/db/sync-state';
import { startServer, type StartedServer } from '../../server/src/start';
import { createDevice } from './device';

let server: StartedServer;
let attorney: { email: string; password: string };

beforeAll(async () => {
  server = await startServer({ port: 0, inMemory: true, seedDemo: true, logLevel: 'silent' });
  const credential = server.demoCredentials!.find((c) => c.email.startsWith('attorney1'))!;
  attorney = { email: credential.email, password: credential.password };
});
afterAll(async () => server?.close());

describe('a refresh whose answer is lost', () => {
  it('keeps the laptop signed in: the retry is recognised as the same device', async () => {
    let dropNextRefreshAnswer = false;
    const lossy: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (dropNextRefreshAnswer && String(input).endsWith('/v1/auth/refresh')) {
        dropNextRefreshAnswer = false;
        throw new TypeError('network connection lost');
      }
      return response;
    };
    const laptop = await createDevice('laptop-refresh', server.url, attorney, lossy);
    await laptop.engine.syncNow();
    expect(laptop.engine.status.get().phase).toBe('idle');
    // The access token has expired: the next request refreshes, and that answer is lost.
    await updateSyncState(laptop.db, (s) => ({ ...s, accessToken: 'expired-access-token-0000' }));
    dropNextRefreshAnswer = true;
    await laptop.engine.syncNow();
    expect(laptop.engine.status.get().phase).toBe('offline');
    await laptop.engine.syncNow();
    expect(laptop.engine.status.get()).toMatchObject({ phase: 'idle', errorCode: null });
    laptop.db.close();
  });
});
