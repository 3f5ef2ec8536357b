/**
 * An answer to a change made on a copy whose version the server never issued (`base_version_ahead`:
 * the server was restored from a backup, or the copy was damaged). The server applied the change
 * and answers a version below the one held here; that version proves no pull brought the change,
 * so the laptop must keep showing its own settled value. Found by the simulation with PostgreSQL
 * faults (issue 21, I5, seed 12): the laptop took its old base for the pulled document, the value
 * it had just sent vanished from its copy, and the attorney's next edit replaced it unseen.
 */
import { emptyCaseFile } from '@core/domain/case-file';
import type { JsonObject } from '@core/sync/json-value';
import { describe, expect, it } from 'vitest';
import { newId } from '../lib/ids';
import { createDocumentsRepository } from './documents-repository';
import { applyPushResults, takeBatch } from './sync-push-store';
import { createTestDatabase } from './test-database';

const notesOf = (doc: JsonObject | null | undefined) =>
  (doc?.['immigrationStatus'] as { notes?: string } | undefined)?.notes;

describe('push store: an answer to a version the server never issued', () => {
  it('keeps this laptop’s own settled value', async () => {
    const { db } = await createTestDatabase();
    const docs = createDocumentsRepository(() => db);
    const file = emptyCaseFile({
      id: newId(),
      reference: 'MCJ-2026-0002',
      familyName: 'Muestra',
      givenNames: 'Eva',
    }) as unknown as JsonObject;
    const caseId = String(file['id']);
    // Version 4 here; the server holds the case at version 1 (a restore, or a damaged copy).
    await db.docs.add({
      id: caseId,
      entity: 'case',
      caseId,
      version: 4,
      doc: file,
      base: file,
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    await docs.update(caseId, (doc) => ({
      ...doc,
      immigrationStatus: { ...(doc['immigrationStatus'] as object), notes: 'Status note A' },
    }));
    const [mutation] = await takeBatch(db, { maxCount: 100, maxBytes: 1024 * 1024 });
    await applyPushResults(db, {
      results: [
        {
          mutationId: mutation!.mutationId,
          seq: mutation!.seq,
          status: 'applied',
          newVersion: 2,
          reason: 'base_version_ahead',
        },
      ],
      lastAckedSeq: mutation!.seq,
    });
    const row = (await db.docs.get(caseId))!;
    expect(notesOf(row.doc)).toBe('Status note A');
    expect(await db.outbox.count()).toBe(0);
  });
});
