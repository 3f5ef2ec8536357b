import type { JsonObject } from '@core/sync/json-value';
import type { CaseSnapshotResponse, Change } from '@core/sync/sync-api-schemas';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AmparoDatabase } from '../db/database';
import { checksumOf } from '../db/sync-checksum';
import { applyPullPage } from '../db/sync-pull-store';
import { readSyncState, updateSyncState } from '../db/sync-state';
import { createTestDatabase } from '../db/test-database';
import { newId } from '../lib/ids';
import { checkCaseChecksums } from './checksum-check';
import type { Transport } from './http-transport';

const now = new Date('2026-12-08T00:00:00.000Z');
const at = '2026-01-01T00:00:00.000Z';
const caseId = newId();
const deadlineId = newId();
const ghostId = newId();
const newDeadlineId = newId();

const row = (id: string, title: string): JsonObject => ({ id, caseId, title });
const change = (id: string, version: number, title: string): Change => ({
  entity: id === caseId ? 'case' : 'deadline',
  id,
  caseId,
  version,
  op: 'upsert',
  row: row(id, title),
});

async function snapshot(changes: Change[], lastSeq: number): Promise<CaseSnapshotResponse> {
  const items = changes.map((c) => `e|${c.id}|${c.version}`);
  return { changes, next: null, checksum: await checksumOf(items), lastSeq };
}

describe("a checksum re-fetch beside another window's pull (issue 21)", () => {
  let db: AmparoDatabase;

  beforeEach(async () => {
    ({ db } = await createTestDatabase());
    await updateSyncState(db, (s) => ({ ...s, cursor: 'c1' }));
    const doc = (id: string, version: number, title: string) => ({
      id,
      entity: id === caseId ? ('case' as const) : ('deadline' as const),
      caseId,
      version,
      doc: row(id, title),
      base: row(id, title),
      updatedAt: at,
    });
    // A damaged copy: a deadline the server never had.
    await db.docs.bulkAdd([
      doc(caseId, 2, 'Case'),
      doc(deadlineId, 1, 'File'),
      doc(ghostId, 1, 'Ghost'),
    ]);
  });

  it('never lays rows read before a pull the other window applied over what that pull brought', async () => {
    const older = [change(caseId, 2, 'Case'), change(deadlineId, 1, 'File')];
    const newer = [
      change(caseId, 2, 'Case'),
      change(deadlineId, 2, 'File by Friday'),
      change(newDeadlineId, 1, 'Hearing'),
    ];
    const caseSnapshot = vi
      .fn<(id: string, after: string | null) => Promise<CaseSnapshotResponse>>()
      .mockImplementationOnce(async () => {
        const answer = await snapshot(older, 10);
        // While this answer travels, the other window pulls the case's next changes.
        await applyPullPage(
          db,
          {
            changes: newer.slice(1),
            grants: [],
            revocations: [],
            nextCursor: 'c2',
            hasMore: false,
          },
          { from: 'c1' },
        );
        return answer;
      })
      .mockImplementation(async () => snapshot(newer, 11));
    const transport = {
      checksums: async () => ({ checksums: [{ caseId, checksum: '1' }] }),
      caseSnapshot,
    } as unknown as Transport;

    await checkCaseChecksums(db, transport, [], { now, verifyEveryMs: 0 });

    expect(await db.docs.get(deadlineId)).toMatchObject({
      version: 2,
      base: row(deadlineId, 'File by Friday'),
    });
    expect(await db.docs.get(newDeadlineId)).toMatchObject({ version: 1 });
    // The damage itself is repaired.
    expect(await db.docs.get(ghostId)).toBeUndefined();
    const { checksum } = await readSyncState(db);
    expect(checksum).toMatchObject({ mismatches: 1, repaired: 1, unrepaired: 0 });
  });
});
