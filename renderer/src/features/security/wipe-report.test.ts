import { emptyCaseFile } from '@core/domain/case-file';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAttachmentsRepository } from '../../db/attachments-repository';
import { setSessionKeyRing } from '../../db/database';
import { markUploaded } from '../../db/document-sync-store';
import { createDocumentsRepository } from '../../db/documents-repository';
import { unlockedSession } from './test-session';
import { clearWipeReports, pendingWipeReports } from './wipe-reports';

const pdf = new TextEncoder().encode('%PDF-1.7\n% synthetic passport scan\n%%EOF\n').buffer;

beforeEach(() => {
  setSessionKeyRing(null);
  clearWipeReports();
});

async function laptopWithUnsentWork() {
  const context = await unlockedSession();
  const caseFile = emptyCaseFile({
    id: crypto.randomUUID(),
    reference: 'MCJ-2026-0099',
    familyName: 'Prueba',
    givenNames: 'Ana',
  });
  await createDocumentsRepository(() => context.db).create('case', caseFile.id, caseFile);
  const attachments = createAttachmentsRepository(() => context.db);
  const sent = await attachments.add(caseFile.id, { name: 'nta.pdf', bytes: pdf });
  await attachments.add(caseFile.id, { name: 'passport.pdf', bytes: pdf });
  await markUploaded(context.db, sent.id, 'f'.repeat(64));
  return context;
}

describe('erasing the laptop counts what had not reached MCJ', () => {
  it('counts changes and documents not uploaded, also while locked', async () => {
    const { session } = await laptopWithUnsentWork();
    const unlocked = await session.unsyncedWork();
    expect(unlocked.documents).toBe(1);
    expect(unlocked.changes).toBeGreaterThan(0);
    expect(await session.lock()).toBe('done');
    // "I forgot my passphrase": the counts come from clear indexes, no key needed.
    expect(await session.unsyncedWork()).toEqual(unlocked);
  });

  it('reports to MCJ the changes and documents the wipe discarded, counted at the wipe', async () => {
    const { session } = await laptopWithUnsentWork();
    const { changes } = await session.unsyncedWork();
    await session.lock();
    await session.wipe({ reason: 'forgotPassphrase', overridden: true });
    expect(pendingWipeReports()).toEqual([
      expect.objectContaining({
        reason: 'forgotPassphrase',
        overridden: true,
        unsyncedChanges: changes,
        unsyncedDocuments: 1,
      }),
    ]);
  });

  it('a wipe the server asked for reports what it discarded too', async () => {
    const { session } = await laptopWithUnsentWork();
    await session.wipe();
    expect(pendingWipeReports()[0]).toMatchObject({
      reason: 'serverRequested',
      overridden: false,
      unsyncedDocuments: 1,
    });
    expect(pendingWipeReports()[0]!.unsyncedChanges).toBeGreaterThan(0);
  });
});
