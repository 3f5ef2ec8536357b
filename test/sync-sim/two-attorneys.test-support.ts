/**
 * A live server with one case assigned to two attorneys, and their laptops (each synced once),
 * for scenario tests of a server restore. Registers its own beforeEach and afterEach.
 */
import type { CaseFile } from '@core/domain/case-file';
import { afterEach, beforeEach } from 'vitest';
import { seedCase } from '../../server/src/test-support/sync-fixtures';
import { createDevice, type Device } from './device';
import { startLiveServer, type LiveServer } from './live-server';

export function twoAttorneysOnACase() {
  const world = {
    live: undefined as unknown as LiveServer,
    file: undefined as unknown as CaseFile,
  };
  const laptops: Device[] = [];
  beforeEach(async () => {
    world.live = await startLiveServer();
    const { t, org } = world.live;
    world.file = await seedCase(t.db, org.orgId, [org.attorneyA.id, org.attorneyB.id]);
  });
  afterEach(async () => {
    for (const laptop of laptops.splice(0)) laptop.db.close();
    await world.live?.close();
  });
  return {
    world,
    /** A laptop of one of the two attorneys, synced once. */
    async laptop(name: string, who: 'attorneyA' | 'attorneyB'): Promise<Device> {
      const device = await createDevice(name, world.live.url, world.live.org[who]);
      laptops.push(device);
      await device.engine.syncNow();
      return device;
    },
    /** A new deadline in the case, made on `device` (not yet synced); its id. */
    async newDeadline(device: Device): Promise<string> {
      const id = crypto.randomUUID();
      const caseId = world.file.id;
      await device.docs.create('deadline', caseId, {
        id,
        caseId,
        title: 'File the I-589',
        date: '2027-03-01',
        kind: 'filing',
        notes: null,
      });
      return id;
    },
  };
}
