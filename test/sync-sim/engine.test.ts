import 'fake-indexeddb/auto';
import type { CaseFile } from '@core/domain/case-file';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type StartedServer } from '../../server/src/start';
import { createSyncReviewRepository } from '../../renderer/src/db/sync-review-repository';
import { createDevice, type Device } from './device';

let server: StartedServer;
let attorney: { email: string; password: string };

beforeAll(async () => {
  server = await startServer({ port: 0, inMemory: true, seedDemo: true, logLevel: 'silent' });
  const credential = server.demoCredentials!.find((c) => c.email.startsWith('attorney1'))!;
  attorney = { email: credential.email, password: credential.password };
});
afterAll(async () => server?.close());

async function caseFiles(device: Device): Promise<CaseFile[]> {
  return (await device.docs.listByEntity('case')).map((row) => row.doc as unknown as CaseFile);
}

describe('sync engine against the real server', () => {
  let a: Device;
  let b: Device;

  it('downloads the assigned cases on first sync', async () => {
    a = await createDevice('laptop-a', server.url, attorney);
    await a.engine.syncNow();
    expect(a.engine.status.get()).toMatchObject({ phase: 'idle', pending: 0 });
    expect((await caseFiles(a)).length).toBeGreaterThan(0);
  });

  it("carries one laptop's edits and notes to another laptop of the same attorney", async () => {
    const [first] = await caseFiles(a);
    await a.docs.update(first!.id, (doc) => ({
      ...doc,
      court: { ...(doc['court'] as object), judge: 'IJ Example Sync' },
    }));
    const noteId = globalThis.crypto.randomUUID();
    await a.notes.save({
      noteId,
      caseId: first!.id,
      body: 'Client fears return; interpreter: Spanish.',
    });
    await a.engine.syncNow();
    expect(a.engine.status.get().pending).toBe(0);

    b = await createDevice('laptop-b', server.url, attorney);
    await b.engine.syncNow();
    const onB = (await caseFiles(b)).find((c) => c.id === first!.id)!;
    expect(onB.court.judge).toBe('IJ Example Sync');
    expect((await b.notes.get(noteId)).current?.body).toBe(
      'Client fears return; interpreter: Spanish.',
    );
  });

  it('merges different fields changed offline on two laptops', async () => {
    const [first] = await caseFiles(a);
    await a.docs.update(first!.id, (doc) => ({
      ...doc,
      releasePlan: { sponsorName: 'Sponsor Example' },
    }));
    await b.docs.update(first!.id, (doc) => ({
      ...doc,
      custody: { ...(doc['custody'] as object), iceOffice: 'ERO New Orleans' },
    }));
    await a.engine.syncNow();
    await b.engine.syncNow();
    await a.engine.syncNow();
    for (const device of [a, b]) {
      const file = (await caseFiles(device)).find((c) => c.id === first!.id)!;
      expect(file.releasePlan.sponsorName).toBe('Sponsor Example');
      expect(file.custody.iceOffice).toBe('ERO New Orleans');
    }
  });

  it('keeps the server value and records a conflict when both change the same legal field', async () => {
    const [first] = await caseFiles(a);
    await a.docs.update(first!.id, (doc) => ({
      ...doc,
      court: { ...(doc['court'] as object), court: 'Memphis Immigration Court' },
    }));
    await b.docs.update(first!.id, (doc) => ({
      ...doc,
      court: { ...(doc['court'] as object), court: 'New Orleans Immigration Court' },
    }));
    await a.engine.syncNow();
    await b.engine.syncNow();
    expect(b.engine.status.get().openConflicts).toBe(1);
    const onB = (await caseFiles(b)).find((c) => c.id === first!.id)!;
    expect(onB.court.court).toBe('Memphis Immigration Court');
    // The server's record, fetched in the same sync: both values, the field, who and when.
    const conflicts = await b.db.conflicts.toArray();
    expect(conflicts[0]).toMatchObject({
      caseId: first!.id,
      status: 'open',
      fieldPath: 'court/court',
      serverValue: 'Memphis Immigration Court',
      clientValue: 'New Orleans Immigration Court',
    });
    // The laptop whose value was kept sees the same conflict after its next sync.
    await a.engine.syncNow();
    expect(a.engine.status.get().openConflicts).toBe(1);
  });
});

describe('a stale offline edit of an ordinary field (issue 15 #6)', () => {
  it('is shown on both authors’ laptops, and either can restore the replaced value', async () => {
    const supervisor = server.demoCredentials!.find((c) => c.email.startsWith('supervisor'))!;
    const office = await createDevice('office', server.url, supervisor);
    const field = await createDevice('field', server.url, attorney);
    await office.engine.syncNow();
    await field.engine.syncNow();
    const [file] = await caseFiles(field);
    const setPhone = (device: Device, phone: string) =>
      device.docs.update(file!.id, (doc) => ({
        ...doc,
        custody: { ...(doc['custody'] as object), facilityPhone: phone },
      }));
    // Yesterday, offline: the attorney types a number. This morning the office corrects it.
    await setPhone(field, '601-555-0199');
    await setPhone(office, '601-555-0100');
    await office.engine.syncNow();
    await field.engine.syncNow();
    await office.engine.syncNow();
    for (const device of [office, field]) {
      const notices = (await device.db.conflicts.toArray()).filter(
        (c) => c['kind'] === 'overwritten' && c.caseId === file!.id,
      );
      expect(notices).toEqual([
        expect.objectContaining({
          status: 'open',
          fieldPath: 'custody/facilityPhone',
          serverValue: '601-555-0100',
          clientValue: '601-555-0199',
        }),
      ]);
      expect(device.engine.status.get().openConflicts).toBeGreaterThan(0);
    }
    const [notice] = (await office.db.conflicts.toArray()).filter(
      (c) => c['kind'] === 'overwritten',
    );
    await createSyncReviewRepository(() => office.db).chooseResolution(notice!.id, 'restore');
    await office.engine.syncNow();
    await field.engine.syncNow();
    for (const device of [office, field]) {
      const onDevice = (await caseFiles(device)).find((c) => c.id === file!.id)!;
      expect(onDevice.custody.facilityPhone).toBe('601-555-0100');
      expect(await device.db.conflicts.get(notice!.id)).toMatchObject({ status: 'resolved' });
    }
  });
});
