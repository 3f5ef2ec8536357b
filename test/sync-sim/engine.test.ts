import type { CaseFile } from '@core/domain/case-file';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type StartedServer } from '../../server/src/start';
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
