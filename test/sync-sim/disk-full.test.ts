/**
 * A full disk (issue 21): writes fail mid-transaction; the laptop keeps everything it had, the
 * sync status says `storage_full` (a message in English and Spanish), and once space returns the
 * laptop syncs and saves again by itself.
 */
import 'fake-indexeddb/auto';
import type { CaseFile } from '@core/domain/case-file';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import en from '../../renderer/src/i18n/locales/en/errors.json';
import es from '../../renderer/src/i18n/locales/es/errors.json';
import { updateSyncState } from '../../renderer/src/db/sync-state';
import { isQuotaError } from '../../renderer/src/sync/sync-engine';
import { seedCase } from '../../server/src/test-support/sync-fixtures';
import { createDevice, type Device } from './device';
import { setDiskFull } from './disk-full';
import { startLiveServer, type LiveServer } from './live-server';

let live: LiveServer;
let file: CaseFile;
let laptop: Device;
let refreshes = 0;
const counting: typeof fetch = (input, init) => {
  if (String(input).endsWith('/v1/auth/refresh')) refreshes += 1;
  return fetch(input, init);
};
beforeEach(async () => {
  live = await startLiveServer();
  file = await seedCase(live.t.db, live.org.orgId, [live.org.attorneyA.id]);
  laptop = await createDevice('laptop-full', live.url, live.org.attorneyA, counting);
  await laptop.engine.syncNow();
});
afterEach(async () => {
  setDiskFull(laptop.db.name, false);
  laptop.db.close();
  await live?.close();
});

describe('a laptop whose disk fills up', () => {
  it('keeps what it had, says so in both languages, and resumes when space returns', async () => {
    const before = await laptop.notes.save({
      noteId: crypto.randomUUID(),
      caseId: file.id,
      body: 'Before.',
    });
    const docsBefore = await laptop.db.docs.count();
    setDiskFull(laptop.db.name, true);
    const refused = await laptop.notes
      .save({ noteId: crypto.randomUUID(), caseId: file.id, body: 'On a full disk.' })
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(isQuotaError(refused)).toBe(true);
    await laptop.engine.syncNow();
    expect(laptop.engine.status.get()).toMatchObject({ phase: 'error', errorCode: 'storage_full' });
    expect(en.storage_full).toMatch(/disk is full/);
    expect(es.storage_full).toMatch(/disco .* lleno/);
    // Nothing it had is gone, and nothing half-written appeared.
    expect(await laptop.db.docs.count()).toBe(docsBefore);
    expect((await laptop.notes.get(before.noteId)).current?.body).toBe('Before.');
    expect(await laptop.db.outbox.count()).toBe(1);

    setDiskFull(laptop.db.name, false);
    await laptop.engine.syncNow();
    expect(laptop.engine.status.get()).toMatchObject({
      phase: 'idle',
      pending: 0,
      errorCode: null,
    });
    const onServer = await live.t.db.query('SELECT 1 FROM note_revisions WHERE id = $1', [
      before.id,
    ]);
    expect(onServer.rowCount).toBe(1);
  });

  it('does not refresh its token while it could not keep the new one (it would be signed out)', async () => {
    // The access token has expired while the disk is full.
    await updateSyncState(laptop.db, (s) => ({ ...s, accessToken: 'expired-access-token-0000' }));
    setDiskFull(laptop.db.name, true);
    refreshes = 0;
    await laptop.engine.syncNow();
    await laptop.engine.syncNow();
    expect(laptop.engine.status.get()).toMatchObject({ errorCode: 'storage_full' });
    expect(refreshes).toBe(0);
    setDiskFull(laptop.db.name, false);
    await laptop.engine.syncNow();
    expect(laptop.engine.status.get()).toMatchObject({ phase: 'idle', errorCode: null });
    expect(refreshes).toBe(1);
  });
});
