import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseReviewResponse, ReviewQueueResponse } from '@core/sync/review-api-schemas';
import { commentDoc, createOf, markOf, readyReviewDoc } from '../test-support/review-fixtures';
import {
  mutation,
  noteRevisionMutation,
  pullPage,
  pushBatch,
  seedCase,
} from '../test-support/sync-fixtures';
import type { Session, TestApp, TestOrg } from '../test-support/test-app';
import { consoleSignIn, createTestApp, createTestOrg, signIn } from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';

type Results = { results: { status: string; reason?: string }[] };
const statuses = (response: { json<T>(): T }) =>
  response.json<Results>().results.map((r) => `${r.status}${r.reason ? `:${r.reason}` : ''}`);

describe.each(testBackends())('review in the console on %s', (kind) => {
  let t: TestApp;
  let org: TestOrg;
  let other: TestOrg;
  beforeAll(async () => {
    t = await createTestApp(kind);
    org = await createTestOrg(t.db);
    other = await createTestOrg(t.db);
  });
  afterAll(() => t.close());

  const call = (session: Session, method: 'GET' | 'POST', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: session.headers, ...(payload ? { payload } : {}) });

  async function readyMemo() {
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const laptop = await signIn(t.app, org.attorneyA);
    const note = noteRevisionMutation(1, file.id, { body: 'Entered in 2019.\n\nFled threats.' });
    const noteId = note.body!['noteId'] as string;
    const interviewId = randomUUID();
    const review = readyReviewDoc(file.id, org.attorneyA.id, {
      subject: { kind: 'interview', interviewId },
      contentHash: markOf('memo v1'),
    });
    const interview = {
      id: interviewId,
      caseId: file.id,
      templateId: 'intake',
      templateVersion: 1,
      clientLanguage: { code: 'es' },
      state: 'draft',
      startedAt: '2026-12-06T14:00:00.000Z',
      answers: {},
      sectionNotes: { journey: noteId },
      addenda: [],
    };
    const pushed = await pushBatch(t.app, laptop, [
      note,
      mutation({
        seq: 2,
        kind: 'create',
        entity: 'interview',
        entityId: interviewId,
        caseId: file.id,
        baseVersion: 0,
        body: interview,
      }),
      createOf(3, 'review', review),
    ]);
    expect(statuses(pushed)).toEqual(['applied', 'applied', 'applied']);
    return { file, laptop, noteId, revisionId: note.entityId, review, seq: 3 };
  }

  it('takes a memo from ready to returned, comments and a reply, ready again, approved, and cleared', async () => {
    const memo = await readyMemo();
    const supervisor = await consoleSignIn(t.app, org.supervisor);
    const queue = (
      await call(supervisor, 'GET', '/v1/console/reviews')
    ).json<ReviewQueueResponse>();
    expect(queue.items.find((i) => i.id === memo.review.id)).toMatchObject({ status: 'ready' });

    const view = (
      await call(supervisor, 'GET', `/v1/console/cases/${memo.file.id}/review`)
    ).json<CaseReviewResponse>();
    expect(view.interviews[0]!.notes[0]).toMatchObject({
      noteId: memo.noteId,
      body: 'Entered in 2019.\n\nFled threats.',
    });
    const comment = {
      id: randomUUID(),
      body: 'Which month?',
      anchor: {
        kind: 'note',
        noteId: memo.noteId,
        revisionId: memo.revisionId,
        paragraph: 0,
        quote: 'Entered in 2019.',
      },
    };
    const url = `/v1/console/cases/${memo.file.id}/comments`;
    expect((await call(supervisor, 'POST', url, comment)).statusCode).toBe(200);
    // Sent again (a retried request): one comment, one change.
    expect((await call(supervisor, 'POST', url, comment)).statusCode).toBe(200);
    expect((await call(supervisor, 'POST', url, { ...comment, body: 'Other' })).statusCode).toBe(
      409,
    );
    const changes = await t.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM change_log WHERE entity_id = $1',
      [comment.id],
    );
    expect(changes.rows[0]!.n).toBe(1);

    const decide = (body: object) =>
      call(supervisor, 'POST', `/v1/console/reviews/${memo.review.id}/decision`, body);
    const returned = await decide({
      decision: 'return',
      hash: memo.review.contentHash,
      comment: { id: randomUUID(), body: 'Add the month of entry.' },
    });
    expect(returned.statusCode).toBe(200);
    expect(returned.json<{ review: { status: string } }>().review.status).toBe('returned');

    // The laptop gets the decision and both comments, replies and marks the new version ready.
    const pulled = (await pullPage(t.app, memo.laptop)).body;
    expect(pulled).toContain('Which month?');
    expect(pulled).toContain('"returned"');
    const reply = commentDoc(memo.file.id, org.attorneyA.id, {
      parentId: comment.id,
      body: 'March 2019.',
    });
    const v2 = markOf('memo v2');
    const again = await pushBatch(t.app, memo.laptop, [
      createOf(4, 'comment', reply),
      mutation({
        seq: 5,
        kind: 'patch',
        entity: 'review',
        entityId: memo.review.id,
        caseId: memo.file.id,
        baseVersion: 2,
        patch: { set: { state: 'ready', contentHash: v2, currentHash: v2 } },
      }),
    ]);
    expect(statuses(again)).toEqual(['applied', 'applied']);

    // The supervisor read version 1: refused, the version is gone.
    expect((await decide({ decision: 'approve', hash: memo.review.contentHash })).statusCode).toBe(
      409,
    );
    const approved = await decide({ decision: 'approve', hash: v2 });
    expect(approved.statusCode).toBe(200);
    expect(approved.json<{ review: { status: string } }>().review.status).toBe('approved');
    const thread = (
      await call(supervisor, 'GET', `/v1/console/cases/${memo.file.id}/review`)
    ).json<CaseReviewResponse>();
    expect(thread.comments.map((c) => c.body)).toEqual(
      expect.arrayContaining(['Which month?', 'March 2019.', 'Add the month of entry.']),
    );
    expect(thread.requests[0]!.comments).toBe(3);

    // Changed on the laptop after approval: the approval is cleared on the console too.
    const changed = await pushBatch(t.app, memo.laptop, [
      mutation({
        seq: 6,
        kind: 'patch',
        entity: 'review',
        entityId: memo.review.id,
        caseId: memo.file.id,
        baseVersion: 4,
        patch: { set: { currentHash: markOf('memo v3') } },
      }),
    ]);
    expect(statuses(changed)).toEqual(['applied']);
    const after = (
      await call(supervisor, 'GET', '/v1/console/reviews')
    ).json<ReviewQueueResponse>();
    expect(after.items.find((i) => i.id === memo.review.id)!.status).toBe('approvalCleared');
    expect((await decide({ decision: 'approve', hash: v2 })).statusCode).toBe(409);
  });

  it("counts a memo waiting for review on the dashboard's case row until it is decided", async () => {
    const memo = await readyMemo();
    const supervisor = await consoleSignIn(t.app, org.supervisor);
    const row = async () => {
      const page = await call(
        supervisor,
        'GET',
        `/v1/console/dashboard?filters=review&q=${memo.file.reference}`,
      );
      expect(page.statusCode).toBe(200);
      return page
        .json<{ rows: { caseId: string; openReviewItems: number }[] }>()
        .rows.find((r) => r.caseId === memo.file.id);
    };
    expect(await row()).toMatchObject({ openReviewItems: 1 });
    const decided = await call(
      supervisor,
      'POST',
      `/v1/console/reviews/${memo.review.id}/decision`,
      {
        decision: 'return',
        hash: memo.review.contentHash,
      },
    );
    expect(decided.statusCode).toBe(200);
    expect(await row()).toBeUndefined();
    // Marked ready again from the laptop: waiting again.
    const v2 = markOf('memo v2');
    const again = await pushBatch(t.app, memo.laptop, [
      mutation({
        seq: memo.seq + 1,
        kind: 'patch',
        entity: 'review',
        entityId: memo.review.id,
        caseId: memo.file.id,
        baseVersion: 2,
        patch: { set: { state: 'ready', contentHash: v2, currentHash: v2 } },
      }),
    ]);
    expect(statuses(again)).toEqual(['applied']);
    expect(await row()).toMatchObject({ openReviewItems: 1 });
  });

  it('lets no attorney decide, nor anyone on work they marked ready themselves; admins read nothing', async () => {
    const memo = await readyMemo();
    const body = { decision: 'approve', hash: memo.review.contentHash };
    const path = `/v1/console/reviews/${memo.review.id}/decision`;
    expect((await call(memo.laptop, 'POST', path, body)).statusCode).toBe(403);
    const admin = await consoleSignIn(t.app, org.admin);
    expect((await call(admin, 'GET', '/v1/console/reviews')).statusCode).toBe(403);
    expect((await call(admin, 'GET', `/v1/console/cases/${memo.file.id}/review`)).statusCode).toBe(
      403,
    );

    // A supervisor's own draft, marked ready from their laptop, waits for another supervisor.
    const ownLaptop = await signIn(t.app, org.supervisor);
    const own = readyReviewDoc(memo.file.id, org.supervisor.id);
    expect(statuses(await pushBatch(t.app, ownLaptop, [createOf(1, 'review', own)]))).toEqual([
      'applied',
    ]);
    const supervisor = await consoleSignIn(t.app, org.supervisor);
    const refused = await call(supervisor, 'POST', `/v1/console/reviews/${own.id}/decision`, {
      decision: 'approve',
      hash: own.contentHash,
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.body).toContain('review.ownWork');
  });

  it("shows another organisation's supervisor nothing of the queue, the case or its comments", async () => {
    const memo = await readyMemo();
    const mine = await consoleSignIn(t.app, org.supervisor);
    const comment = { id: randomUUID(), body: 'Secretcommentzq' };
    await call(mine, 'POST', `/v1/console/cases/${memo.file.id}/comments`, comment);
    const theirs = await consoleSignIn(t.app, other.supervisor);
    const theirCase = await seedCase(t.db, other.orgId, [other.attorneyA.id]);
    const queue = await call(theirs, 'GET', '/v1/console/reviews');
    expect(queue.statusCode).toBe(200);
    expect(queue.body).not.toContain(memo.review.id);
    expect(queue.body).not.toContain(memo.file.reference);
    for (const [method, url, payload] of [
      ['GET', `/v1/console/cases/${memo.file.id}/review`, undefined],
      ['POST', `/v1/console/cases/${memo.file.id}/comments`, { id: randomUUID(), body: 'x' }],
      [
        'POST',
        `/v1/console/reviews/${memo.review.id}/decision`,
        { decision: 'approve', hash: memo.review.contentHash },
      ],
      // A reply in their own case to a comment of ours.
      [
        'POST',
        `/v1/console/cases/${theirCase.id}/comments`,
        { id: randomUUID(), body: 'x', parentId: comment.id },
      ],
    ] as const) {
      const response = await call(theirs, method, url, payload);
      expect(response.statusCode, url).toBe(404);
      expect(response.body).not.toContain('Secretcommentzq');
    }
  });
});
