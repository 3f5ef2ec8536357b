import { CaseFileSchema, emptyCaseFile, type CaseFile } from '@core/domain/case-file';
import type { JsonObject } from '@core/sync/json-value';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AmparoDatabase } from './database';
import { createDocumentsRepository } from './documents-repository';
import { createTestDatabase } from './test-database';

const caseId = '2c9d4e1f-8a7b-4c6d-9e5f-0a1b2c3d4e5f';

const withOffice = (value: unknown) => (doc: JsonObject) => {
  (doc['custody'] as Record<string, unknown>)['iceOffice'] = value as string;
  return doc;
};
const office = (doc: JsonObject) => (doc as unknown as CaseFile).custody.iceOffice;

/**
 * A case-field save planned from this session's own last save validates only the sections it
 * changes (issue 11: the whole file's zod validation was the largest part of a save's own work);
 * a case file as stored is still validated whole, and a value that does not validate is still
 * refused.
 */
describe('case-field saves validate what they change', () => {
  let db: AmparoDatabase;
  let repo: ReturnType<typeof createDocumentsRepository>;
  let whole: ReturnType<typeof vi.spyOn>;

  beforeEach(async () => {
    ({ db } = await createTestDatabase());
    repo = createDocumentsRepository(() => db);
    const file = emptyCaseFile({
      id: caseId,
      reference: 'AMP-2026-000790',
      familyName: 'Muestra',
      givenNames: 'Ana',
    }) as unknown as JsonObject;
    await db.docs.put({
      id: caseId,
      entity: 'case',
      caseId,
      version: 1,
      doc: file,
      base: structuredClone(file),
      updatedAt: '2026-12-07T10:00:00.000Z',
    });
    whole = vi.spyOn(CaseFileSchema, 'safeParse');
  });
  afterEach(() => whole.mockRestore());

  it('validates the stored file whole once, then only the changed section', async () => {
    await repo.update(caseId, withOffice('ERO New Orleans, desk 1'));
    expect(whole).toHaveBeenCalledTimes(1);
    await repo.update(caseId, withOffice('ERO New Orleans, desk 2'));
    await repo.update(caseId, withOffice('ERO New Orleans, desk 3'));
    expect(whole).toHaveBeenCalledTimes(1);
    expect(office((await db.docs.get(caseId))!.doc)).toBe('ERO New Orleans, desk 3');
  });

  it('still refuses a value that does not validate, and stores nothing of it', async () => {
    await repo.update(caseId, withOffice('ERO New Orleans, desk 1'));
    await expect(repo.update(caseId, withOffice(42))).rejects.toMatchObject({
      code: 'validation_failed',
    });
    await expect(repo.update(caseId, (doc) => ({ ...doc, notAField: 'x' }))).rejects.toMatchObject({
      code: 'validation_failed',
    });
    expect(office((await db.docs.get(caseId))!.doc)).toBe('ERO New Orleans, desk 1');
  });

  it('writes nothing for a change that changes nothing', async () => {
    await repo.update(caseId, withOffice('ERO New Orleans, desk 1'));
    const entries = await db.outbox.count();
    const result = await repo.update(caseId, withOffice('ERO New Orleans, desk 1'));
    expect(result.changed).toBe(false);
    expect(await db.outbox.count()).toBe(entries);
  });
});
