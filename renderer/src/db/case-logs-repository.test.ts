import { custodyClock } from '@core/cases/custody-clock';
import { syntheticCaseFile } from '@core/domain/case-file.fixture';
import type { CaseFile } from '@core/domain/case-file';
import { syntheticContact, syntheticCustodyCheck } from '@core/domain/case-logs.fixture';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AmparoDatabase } from './database';
import { createCaseLogsRepository } from './case-logs-repository';
import { createDocumentsRepository } from './documents-repository';
import { createTestDatabase } from './test-database';

describe('case logs repository', () => {
  let db: AmparoDatabase;
  let logs: ReturnType<typeof createCaseLogsRepository>;
  const file: CaseFile = {
    ...syntheticCaseFile(),
    custody: { status: 'detained', facility: 'Adams County Correctional Center' },
  };
  beforeEach(async () => {
    ({ db } = await createTestDatabase());
    logs = createCaseLogsRepository(() => db);
    await createDocumentsRepository(() => db).create('case', file.id, file);
    await db.outbox.clear();
  });

  it('a transfer recorded offline moves the case file’s facility in the same transaction, both queued', async () => {
    const transfer = syntheticCustodyCheck({
      kind: 'transfer',
      facility: 'Jena/LaSalle Detention Facility',
      previousFacility: 'Adams County Correctional Center',
    });
    await logs.recordCustodyCheck(transfer);
    const stored = (await db.docs.get(file.id))!.doc as unknown as CaseFile;
    expect(stored.custody.facility).toBe('Jena/LaSalle Detention Facility');
    expect((await db.outbox.toArray()).map((o) => [o.entity, o.kind])).toEqual([
      ['custodyCheck', 'create'],
      ['case', 'patch'],
    ]);
    const { custodyChecks } = await logs.forCase(file.id);
    const clock = custodyClock(stored, custodyChecks, '2026-12-01');
    expect(clock.transfer?.steps.map((s) => s.done)).toEqual([false, false, false]);
    await logs.markTransferStep(transfer.id, 'eoir-33', true);
    const after = custodyClock(stored, (await logs.forCase(file.id)).custodyChecks, '2026-12-01');
    expect(after.transfer?.steps.map((s) => s.done)).toEqual([true, false, false]);
  });

  it('a transfer that fails validation changes nothing (no facility moved, nothing queued)', async () => {
    const bad = syntheticCustodyCheck({ kind: 'transfer', facility: 'New', checkedBy: ' ' });
    await expect(logs.recordCustodyCheck(bad)).rejects.toMatchObject({ code: 'validation_failed' });
    expect(((await db.docs.get(file.id))!.doc as unknown as CaseFile).custody.facility).toBe(
      'Adams County Correctional Center',
    );
    expect(await db.outbox.count()).toBe(0);
  });

  it('keeps contacts per case and deletes them', async () => {
    const contact = syntheticContact();
    await logs.saveContact(contact, true);
    await logs.saveContact({ ...contact, durationMinutes: 50 }, false);
    expect((await logs.forCase(file.id)).contacts).toEqual([{ ...contact, durationMinutes: 50 }]);
    await logs.remove(contact.id);
    expect((await logs.forCase(file.id)).contacts).toEqual([]);
    expect((await logs.all()).get(file.id)?.contacts ?? []).toEqual([]);
  });
});
