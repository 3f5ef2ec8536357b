/**
 * An answer that arrives after a pull already brought a newer version of the document (the first
 * answer was lost and the replay's `duplicate` came later, or a second window pulled meanwhile).
 * The pulled version already holds this change's effect and whatever others did after it: the
 * laptop must keep that content under that version. Laying the old change (or the old answer's
 * row) over it again shows this laptop's value where another laptop had replaced it, under a
 * version that claims to include the replacement, and this laptop's next edit of that field then
 * overwrites the other laptop's value on the server with no conflict (issue 21, I5).
 */
import { emptyCaseFile } from '@core/domain/case-file';
import type { JsonObject } from '@core/sync/json-value';
import type { MutationResult } from '@core/sync/mutation-schemas';
import { beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../lib/ids';
import type { AmparoDatabase } from './database';
import { createDocumentsRepository } from './documents-repository';
import { applyPullPage } from './sync-pull-store';
import { applyPushResults, takeBatch } from './sync-push-store';
import { createTestDatabase } from './test-database';

const LIMITS = { maxCount: 100, maxBytes: 1024 * 1024 };
const judgeOf = (doc: JsonObject | null | undefined) =>
  (doc?.['court'] as { judge?: string } | undefined)?.judge;

describe('push store: an answer that arrives after a newer pull', () => {
  let db: AmparoDatabase;
  let docs: ReturnType<typeof createDocumentsRepository>;
  let file: JsonObject;
  let caseId: string;

  beforeEach(async () => {
    ({ db } = await createTestDatabase());
    docs = createDocumentsRepository(() => db);
    file = emptyCaseFile({
      id: newId(),
      reference: 'MCJ-2026-0001',
      familyName: 'Prueba',
      givenNames: 'Ana',
    }) as unknown as JsonObject;
    caseId = String(file['id']);
    const v5 = { ...file, court: { judge: 'IJ First' } };
    await db.docs.add({
      id: caseId,
      entity: 'case',
      caseId,
      version: 5,
      doc: v5,
      base: v5,
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
  });

  /**
   * This laptop sets the judge (applied on the server as version 6, answer lost); another laptop,
   * having seen it, replaces it (version 7); this laptop pulls version 7 while its entry still
   * waits, then gets the replay's answer.
   */
  const mineThenPulledThenAnswer = async (answer: Partial<MutationResult>) => {
    await docs.update(caseId, (doc) => ({ ...doc, court: { judge: 'IJ Mine' } }));
    const [mutation] = await takeBatch(db, LIMITS);
    await applyPullPage(db, {
      changes: [
        {
          entity: 'case',
          id: caseId,
          caseId,
          version: 7,
          op: 'upsert',
          row: { ...file, court: { judge: 'IJ Other' } },
        },
      ],
      grants: [],
      revocations: [],
      nextCursor: 'cursor-7',
      hasMore: false,
    });
    // Until the answer comes, this laptop's own unacknowledged value is shown on top.
    expect(judgeOf((await db.docs.get(caseId))!.doc)).toBe('IJ Mine');
    await applyPushResults(db, {
      results: [
        {
          mutationId: mutation!.mutationId,
          seq: mutation!.seq,
          status: 'duplicate',
          originalStatus: 'applied',
          newVersion: 6,
          ...answer,
        },
      ],
      lastAckedSeq: mutation!.seq,
    });
  };

  const expectServerStateKept = async () => {
    const row = (await db.docs.get(caseId))!;
    expect(row.version).toBe(7);
    expect(judgeOf(row.base)).toBe('IJ Other');
    expect(judgeOf(row.doc)).toBe('IJ Other');
    // The next edit of the field says it saw the other laptop's value: no silent overwrite.
    await docs.update(caseId, (doc) => ({ ...doc, court: { judge: 'IJ Later' } }));
    const [next] = await db.outbox.toArray();
    expect(next).toMatchObject({ baseVersion: 7, baseValues: { 'court/judge': 'IJ Other' } });
  };

  it('does not lay the settled change over the newer version again', async () => {
    await mineThenPulledThenAnswer({});
    await expectServerStateKept();
  });

  it("does not take the first answer's older row over the newer version", async () => {
    await mineThenPulledThenAnswer({
      originalStatus: 'conflict',
      conflictIds: [newId()],
      serverRow: { ...file, court: { judge: 'IJ Mine' } },
    });
    await expectServerStateKept();
  });
});
