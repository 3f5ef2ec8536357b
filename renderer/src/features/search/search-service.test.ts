import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AmparoDatabase } from '../../db/database';
import { createNotesRepository } from '../../db/notes-repository';
import { createTestDatabase } from '../../db/test-database';
import { AmparoDatabase as Database } from '../../db/database';
import { newId } from '../../lib/ids';
import { inProcessWorker, type WorkerPort } from './search-client';
import { SearchService } from './search-service';

const services: SearchService[] = [];
afterEach(() => {
  services.splice(0).forEach((service) => service.stop());
  vi.restoreAllMocks();
});

function serviceFor(db: AmparoDatabase, makeWorker: () => WorkerPort = inProcessWorker) {
  const service = new SearchService(() => db, {
    makeWorker,
    persistDelayMs: 60_000,
    channelName: null,
    chunk: 1,
  });
  services.push(service);
  return service;
}

async function until(check: () => Promise<boolean> | boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Every stored byte of every table, as text (what a thief reading IndexedDB's files gets). */
async function everythingStored(db: AmparoDatabase): Promise<string> {
  const idb = db.backendDB();
  const parts: string[] = [];
  for (const name of Array.from(idb.objectStoreNames)) {
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      const request = idb.transaction(name).objectStore(name).getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const text = (value: unknown): string => {
      if (value instanceof ArrayBuffer || ArrayBuffer.isView(value))
        return new TextDecoder('utf-8', { fatal: false }).decode(value as ArrayBuffer);
      if (value && typeof value === 'object')
        return Object.values(value as Record<string, unknown>)
          .map(text)
          .join(' ');
      return String(value);
    };
    parts.push(...rows.map(text));
  }
  return parts.join('\n');
}

async function noteWith(db: AmparoDatabase, body: string, caseId = newId()) {
  const noteId = newId();
  await createNotesRepository(() => db).save({ noteId, caseId, body });
  return { noteId, caseId };
}

describe('SearchService', () => {
  it('builds from the store at unlock and follows each save', async () => {
    const { db } = await createTestDatabase();
    const { noteId, caseId } = await noteWith(db, 'La clienta teme la detención de su hijo.');
    const service = serviceFor(db);
    service.start();
    await service.ready;
    expect(service.lastLoad).toMatchObject({ fromSealed: false, reread: 1 });
    expect((await service.search('detencion')).hits[0]).toMatchObject({ caseId });
    await createNotesRepository(() => db).save({ noteId, caseId, body: 'Habló del barco.' });
    await until(async () => (await service.search('barco')).total === 1);
    expect((await service.search('detencion')).total).toBe(0);
  });

  it('loads the sealed index at the next unlock instead of rebuilding, and never stores words in clear', async () => {
    const { db } = await createTestDatabase();
    await noteWith(db, 'Recuerda el nombre Esperanzita del pueblo Zacualpa.');
    const first = serviceFor(db);
    first.start();
    await first.ready;
    await first.search('zacualpa');
    await first.persist();
    first.stop();
    const stored = await everythingStored(db);
    expect(stored).not.toMatch(/zacualpa|esperanzit/i);
    expect(await db.searchIndex.count()).toBe(1);

    const second = serviceFor(db);
    second.start();
    await second.ready;
    expect(second.lastLoad).toMatchObject({ fromSealed: true, reread: 0 });
    expect((await second.search('Zacualpa')).total).toBe(1);
  });

  it('seals notes saved live with their exact stamps, so the next unlock re-reads nothing', async () => {
    const { db } = await createTestDatabase();
    const first = serviceFor(db);
    first.start();
    await first.ready;
    await noteWith(db, 'escrita mientras el índice corría');
    await first.persist();
    first.stop();
    const second = serviceFor(db);
    second.start();
    await second.ready;
    expect(second.lastLoad).toMatchObject({ fromSealed: true, reread: 0 });
    expect((await second.search('indice')).total).toBe(1);
  });

  it('re-reads only the records that changed since the index was sealed', async () => {
    const { db } = await createTestDatabase();
    const a = await noteWith(db, 'primera nota sobre manzanas');
    await noteWith(db, 'segunda nota sobre peras');
    const first = serviceFor(db);
    first.start();
    await first.ready;
    await first.persist();
    first.stop();
    // Written while no index was running (another window, or after the last seal).
    await createNotesRepository(() => db).save({ ...a, body: 'primera nota sobre naranjas' });
    await noteWith(db, 'tercera nota sobre uvas');

    const second = serviceFor(db);
    second.start();
    await second.ready;
    expect(second.lastLoad).toMatchObject({ fromSealed: true, reread: 2 });
    expect((await second.search('manzanas')).total).toBe(0);
    expect((await second.search('naranjas')).total).toBe(1);
    expect((await second.search('uvas')).total).toBe(1);
    expect((await second.search('peras')).total).toBe(1);
  });

  it('answers from the sealed index as soon as it loads, then brings in what changed since', async () => {
    const { db } = await createTestDatabase();
    const a = await noteWith(db, 'primera nota sobre manzanas');
    const first = serviceFor(db);
    first.start();
    await first.ready;
    await first.persist();
    first.stop();
    await createNotesRepository(() => db).save({ ...a, body: 'primera nota sobre naranjas' });

    const second = serviceFor(db);
    let answeredAt = '';
    second.onStatus((status) => (answeredAt ||= status === 'ready' ? 'ready' : ''));
    second.start();
    await second.answering;
    expect(answeredAt).toBe('ready');
    expect(second.lastLoad).toBeNull();
    expect((await second.search('manzanas')).total).toBe(1);
    await second.ready;
    expect(second.lastLoad).toMatchObject({ fromSealed: true, reread: 1 });
    expect((await second.search('manzanas')).total).toBe(0);
    expect((await second.search('naranjas')).total).toBe(1);
  });

  it('rebuilds from the store when the sealed index is corrupted, saying nothing in logs', async () => {
    const { db } = await createTestDatabase();
    await noteWith(db, 'Texto con la palabra Quetzaltenango.');
    const first = serviceFor(db);
    first.start();
    await first.ready;
    await first.persist();
    first.stop();
    // Flip one byte of the sealed blob, below the encryption layer.
    const raw = new Database(db.name, { keyring: () => null, encrypted: false });
    const row = (await raw.table('searchIndex').toArray())[0] as { bin: { ct: ArrayBuffer } };
    new Uint8Array(row.bin.ct)[100]! ^= 0xff;
    await raw.table('searchIndex').put(row);
    raw.close();
    const logs = ['log', 'info', 'warn', 'error', 'debug'].map((m) =>
      vi.spyOn(console, m as 'log').mockImplementation(() => undefined),
    );

    const second = serviceFor(db);
    second.start();
    await second.ready;
    expect(second.lastLoad).toMatchObject({ fromSealed: false, reread: 1 });
    expect((await second.search('quetzaltenango')).total).toBe(1);
    for (const log of logs) expect(log).not.toHaveBeenCalled();
  });

  it('refuses a sealed index whose checksum does not match the records it covers', async () => {
    const { db } = await createTestDatabase();
    await noteWith(db, 'Una nota sobre Tegucigalpa.');
    const first = serviceFor(db);
    first.start();
    await first.ready;
    await first.persist();
    first.stop();
    const row = (await db.searchIndex.toArray())[0]!;
    await db.searchIndex.put({ ...row, checksum: '0'.repeat(64) });

    const second = serviceFor(db);
    second.start();
    await second.ready;
    expect(second.lastLoad).toMatchObject({ fromSealed: false, reread: 1 });
    expect((await second.search('tegucigalpa')).total).toBe(1);
  });

  it('stops cleanly when locked while indexing: worker gone, nothing stored, no stray errors', async () => {
    const { db } = await createTestDatabase();
    for (let i = 0; i < 10; i += 1) await noteWith(db, `nota número ${i} sobre el asilo`);
    let port: ReturnType<typeof inProcessWorker> | null = null;
    const service = serviceFor(db, () => (port = inProcessWorker()));
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    service.start();
    await new Promise((resolve) => setTimeout(resolve, 5));
    service.stop();
    await service.ready;
    await new Promise((resolve) => setTimeout(resolve, 50));
    process.off('unhandledRejection', unhandled);
    expect(port!.terminated).toBe(true);
    expect(service.status).toBe('stopped');
    expect(await service.search('asilo')).toEqual({ hits: [], total: 0 });
    expect(await db.searchIndex.count()).toBe(0);
    expect(unhandled).not.toHaveBeenCalled();
  });

  it('keeps a note saved while the worker rebuilds, not the older text the build had read', async () => {
    const { db } = await createTestDatabase();
    for (let i = 0; i < 8; i += 1) await noteWith(db, `relleno ${i}`);
    const target = await noteWith(db, 'texto viejo con ciruelas');
    const targetId = `note:${target.noteId}`;
    let saved: Promise<unknown> | null = null;
    // The build has read every note's text before its first upsert: the save lands right then,
    // while older text of the note may still be on its way to the worker.
    const racing = (): WorkerPort => {
      const inner = inProcessWorker();
      const port: WorkerPort = {
        onmessage: null,
        postMessage: (message) => {
          const request = message.request;
          if (
            !saved &&
            request.type === 'upsert' &&
            !request.docs.some((doc) => doc.id === targetId)
          ) {
            saved = createNotesRepository(() => db).save({
              ...target,
              body: 'texto nuevo con duraznos',
            });
            void saved.then(() => inner.postMessage(message));
            return;
          }
          inner.postMessage(message);
        },
        terminate: () => inner.terminate(),
      };
      inner.onmessage = (event) => port.onmessage?.(event);
      return port;
    };
    const service = serviceFor(db, racing);
    service.start();
    await service.ready;
    expect(saved).not.toBeNull();
    // Before the note's exact re-read (a second later) could mend anything.
    expect((await service.search('ciruelas')).total).toBe(0);
    expect((await service.search('duraznos')).total).toBe(1);
  });

  it('indexes a 50,000-character note saved while unlocked', async () => {
    const { db } = await createTestDatabase();
    const service = serviceFor(db);
    service.start();
    await service.ready;
    const body =
      `${'Relato largo de la entrevista. '.repeat(1700)} Al final nombró a Xochitl.`.slice(-50_000);
    await noteWith(db, body);
    await until(async () => (await service.search('xochitl')).total === 1);
    const hit = (await service.search('xochitl')).hits[0]!;
    expect(body.slice(hit.snippet!.start, hit.snippet!.end)).toBe('Xochitl');
  });

  it('a second window hears that records changed (ids only) and reads them itself', async () => {
    const { db, keyring } = await createTestDatabase();
    // The other window: its own connection to the same store, unlocked with the same keys.
    const otherWindow = new Database(db.name, { keyring: () => keyring });
    const channelName = `search-test-${newId()}`;
    const options = { makeWorker: inProcessWorker, persistDelayMs: 60_000, channelName };
    const tabA = new SearchService(() => db, options);
    const tabB = new SearchService(() => otherWindow, options);
    services.push(tabA, tabB);
    tabA.start();
    tabB.start();
    await Promise.all([tabA.ready, tabB.ready]);
    await noteWith(db, 'Nota escrita en la otra ventana sobre Chichicastenango.');
    expect((await tabA.search('chichicastenango')).total).toBe(1);
    await until(async () => (await tabB.search('chichicastenango')).total === 1);
    otherWindow.close();
  });

  it('drops the sealed index at once when a case is removed from the laptop', async () => {
    const { db } = await createTestDatabase();
    const { caseId } = await noteWith(db, 'Nota del caso que se va.');
    const service = serviceFor(db);
    service.start();
    await service.ready;
    await service.persist();
    expect(await db.searchIndex.count()).toBe(1);
    await db.noteRevisions.where('caseId').equals(caseId).delete();
    await until(async () => (await db.searchIndex.count()) === 0);
    await until(async () => (await service.search('caso')).total === 0);
  });
});
