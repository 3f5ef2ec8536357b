/**
 * How `pull` cuts its pages (issue 25, mutation testing of pull-service.ts): at most
 * PULL_MAX_BYTES of rows, a row larger than that alone rather than never; and at most ten
 * change-log rows read for each row a page may hold, so a long history of one entity is read over
 * several requests. Whatever the cut, every row arrives, once, and every page parses as the
 * laptop parses it.
 */
import { decodeCursor } from '@core/sync/cursor-codec';
import { PULL_MAX_BYTES } from '@core/sync/protocol-constants';
import type { PullResponse } from '@core/sync/sync-api-schemas';
import { PullResponseSchema } from '@core/sync/sync-api-schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp } from '../test-support/test-app';
import { createTestApp, createTestOrg, signIn } from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';
import {
  casePatch,
  deadlineDoc,
  mutation,
  noteRevisionMutation,
  pullPage,
  pushBatch,
  seedCase,
} from '../test-support/sync-fixtures';

/** A note revision of about 800 KiB: two fit in a page of PULL_MAX_BYTES (2 MiB), three do not. */
const bigNote = (seq: number, caseId: string) =>
  noteRevisionMutation(seq, caseId, { body: `${seq} `.padEnd(800 * 1024, 'x') });

const bytesOf = (page: PullResponse) =>
  page.changes.reduce((sum, change) => sum + Buffer.byteLength(JSON.stringify(change)), 0);

describe.each(testBackends())('pull page bounds on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  /** Every page until `hasMore` is false (at most 20: a pull that never ends fails). */
  async function pages(session: Session, cursor?: string, limit?: number) {
    const all: PullResponse[] = [];
    let next = cursor;
    for (let i = 0; i < 20; i += 1) {
      const response = await pullPage(t.app, session, next, limit);
      expect(response.statusCode).toBe(200);
      const page = PullResponseSchema.parse(response.json());
      all.push(page);
      next = page.nextCursor;
      if (!page.hasMore) break;
    }
    expect(all.at(-1)?.hasMore).toBe(false);
    return all;
  }
  const idsOf = (all: PullResponse[]) => all.map((page) => page.changes.map((c) => c.id));

  it('cuts a first sync at PULL_MAX_BYTES, then later changes the same way, each row once', async () => {
    const org = await createTestOrg(t.db);
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const laptop = await signIn(t.app, org.attorneyA);
    const early = await pages(laptop);
    const first = [1, 2, 3].map((seq) => bigNote(seq, file.id));
    for (const note of first) await pushBatch(t.app, laptop, [note]);

    const fresh = await pages(await signIn(t.app, org.attorneyA));
    // The case first, then the revisions (by id): two fit beside the case, the third goes next.
    const sorted = first.map((m) => m.entityId).sort();
    expect(idsOf(fresh)).toEqual([[file.id, sorted[0], sorted[1]], [sorted[2]]]);
    for (const page of fresh) expect(bytesOf(page)).toBeLessThanOrEqual(PULL_MAX_BYTES);
    expect(fresh[0]!.hasMore).toBe(true);

    // The same three in the change log, for the laptop that synced before they were pushed.
    const later = await pages(laptop, early.at(-1)!.nextCursor);
    const pushed = first.map((m) => m.entityId);
    expect(idsOf(later)).toEqual([[pushed[0], pushed[1]], [pushed[2]]]);
    for (const page of later) expect(bytesOf(page)).toBeLessThanOrEqual(PULL_MAX_BYTES);
  });

  it('sends a row larger than a page alone rather than never', async () => {
    const org = await createTestOrg(t.db);
    const small = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const large = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    // No client writes a document this large; the page must still never hold it back for ever.
    await t.db.query(
      `UPDATE entities SET doc = jsonb_set(doc, '{padding}', to_jsonb(repeat('x', $2::int)))
       WHERE id = $1`,
      [large.id, PULL_MAX_BYTES + 1024],
    );
    const all = await pages(await signIn(t.app, org.attorneyA));
    const ids = idsOf(all);
    expect(ids.flat().sort()).toEqual([small.id, large.id].sort());
    expect(ids.find((page) => page.includes(large.id))).toEqual([large.id]);
  });

  it('reads at most ten change-log rows a page row, and the next page goes on from there', async () => {
    const org = await createTestOrg(t.db);
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const laptop = await signIn(t.app, org.attorneyA);
    const start = (await pages(laptop)).at(-1)!.nextCursor;
    // 21 changes of the case, then a new deadline: 22 rows in the log after the cursor.
    const patches = Array.from({ length: 21 }, (_, i) =>
      casePatch(i + 1, file.id, i + 1, { 'custody/iceOffice': `Office ${i + 1}` }),
    );
    const deadline = deadlineDoc(file.id);
    const create = mutation({
      seq: 22,
      kind: 'create',
      entity: 'deadline',
      entityId: deadline['id'] as string,
      caseId: file.id,
      baseVersion: 0,
      body: deadline,
    });
    expect((await pushBatch(t.app, laptop, [...patches, create])).statusCode).toBe(200);
    const logged = await t.db.query<{ entity: string }>(
      'SELECT entity FROM change_log WHERE org_id = $1 AND seq > $2 ORDER BY seq',
      [org.orgId, decodeCursor(start)!.seq],
    );
    expect(logged.rows.map((r) => r.entity)).toEqual([...patches.map(() => 'case'), 'deadline']);

    // Two rows a page: the first page reads 21 rows (three, then two at a time, up to 20 and
    // past), all of the case, and sends the case once at its latest version; the deadline waits.
    const all = await pages(laptop, start, 2);
    expect(idsOf(all)).toEqual([[file.id], [deadline['id']]]);
    expect(all[0]!.changes[0]).toMatchObject({ version: 22 });
    expect(all[0]!.hasMore).toBe(true);
  });
});
