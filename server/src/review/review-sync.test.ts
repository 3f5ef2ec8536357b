import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  commentDoc,
  createOf,
  exportDoc,
  markOf,
  readyReviewDoc,
} from '../test-support/review-fixtures';
import {
  mutation,
  noteRevisionMutation,
  pullPage,
  pushBatch,
  seedCase,
} from '../test-support/sync-fixtures';
import type { Session, TestApp, TestOrg } from '../test-support/test-app';
import { createTestApp, createTestOrg, signIn } from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';

type Results = { results: { status: string; reason?: string; originalStatus?: string }[] };
const statuses = (response: { json<T>(): T }) =>
  response.json<Results>().results.map((r) => `${r.status}${r.reason ? `:${r.reason}` : ''}`);

/** Pushes with the device's own gap-free seqs. */
function pusher(t: TestApp, session: Session) {
  let seq = 0;
  return {
    next: () => ++seq,
    push: (...build: ((seq: number) => ReturnType<typeof mutation>)[]) =>
      pushBatch(
        t.app,
        session,
        build.map((b) => b(++seq)),
      ),
  };
}

describe.each(testBackends())('review records through sync on %s', (kind) => {
  let t: TestApp;
  let org: TestOrg;
  let other: TestOrg;
  beforeAll(async () => {
    t = await createTestApp(kind);
    org = await createTestOrg(t.db);
    other = await createTestOrg(t.db);
  });
  afterAll(() => t.close());

  it('refuses a reply to a comment of another case or organisation, and an anchor elsewhere', async () => {
    const mine = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const theirs = await seedCase(t.db, org.orgId, [org.attorneyB.id]);
    const foreign = await seedCase(t.db, other.orgId, [other.attorneyA.id]);
    const b = pusher(t, await signIn(t.app, org.attorneyB));
    const theirComment = commentDoc(theirs.id, org.attorneyB.id);
    const theirNote = noteRevisionMutation(1, theirs.id);
    expect(
      statuses(
        await b.push(
          (s) => ({ ...theirNote, seq: s }),
          (s) => createOf(s, 'comment', theirComment),
        ),
      ),
    ).toEqual(['applied', 'applied']);
    const f = pusher(t, await signIn(t.app, other.attorneyA));
    const foreignComment = commentDoc(foreign.id, other.attorneyA.id);
    expect(statuses(await f.push((s) => createOf(s, 'comment', foreignComment)))).toEqual([
      'applied',
    ]);

    const a = pusher(t, await signIn(t.app, org.attorneyA));
    const noteId = theirNote.body!['noteId'] as string;
    const replies = [
      commentDoc(mine.id, org.attorneyA.id, { parentId: theirComment.id }),
      commentDoc(mine.id, org.attorneyA.id, { parentId: foreignComment.id }),
      commentDoc(mine.id, org.attorneyA.id, {
        anchor: { kind: 'note', noteId, revisionId: theirNote.entityId, paragraph: 0 },
      }),
      commentDoc(mine.id, org.attorneyA.id, {
        anchor: { kind: 'note', noteId: randomUUID(), revisionId: randomUUID(), paragraph: 0 },
      }),
    ];
    expect(
      statuses(await a.push(...replies.map((c) => (s: number) => createOf(s, 'comment', c)))),
    ).toEqual([
      'rejected:not_found',
      'rejected:not_found',
      'rejected:not_found',
      'rejected:not_found',
    ]);
    const pulled = (await pullPage(t.app, await signIn(t.app, org.attorneyA))).body;
    for (const reply of replies) expect(pulled).not.toContain(reply.id);
  });

  it('keeps a comment anchored to a note whose interview was deleted, and old unanchored comments', async () => {
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const laptop = await signIn(t.app, org.attorneyA);
    const a = pusher(t, laptop);
    const note = noteRevisionMutation(1, file.id, { body: 'First.\n\nSecond.' });
    const noteId = note.body!['noteId'] as string;
    const interviewId = randomUUID();
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
    expect(
      statuses(
        await a.push(
          (s) => ({ ...note, seq: s }),
          (s) =>
            mutation({
              seq: s,
              kind: 'create',
              entity: 'interview',
              entityId: interviewId,
              caseId: file.id,
              baseVersion: 0,
              body: interview,
            }),
          (s) =>
            mutation({
              seq: s,
              kind: 'delete',
              entity: 'interview',
              entityId: interviewId,
              caseId: file.id,
              baseVersion: 1,
            }),
        ),
      ),
    ).toEqual(['applied', 'applied', 'applied']);
    const onRemoved = commentDoc(file.id, org.attorneyA.id, {
      anchor: { kind: 'note', noteId, revisionId: note.entityId, paragraph: 1, quote: 'Second.' },
    });
    const old = commentDoc(file.id, org.attorneyA.id);
    expect(
      statuses(
        await a.push(
          (s) => createOf(s, 'comment', onRemoved),
          (s) => createOf(s, 'comment', old),
        ),
      ),
    ).toEqual(['applied', 'applied']);
    const pulled = (await pullPage(t.app, await signIn(t.app, org.supervisor))).body;
    expect(pulled).toContain(onRemoved.id);
    expect(pulled).toContain(old.id);
  });

  it('applies a comment sent twice once: a replay answers duplicate, a new mutation id changes nothing', async () => {
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const laptop = await signIn(t.app, org.attorneyA);
    const comment = commentDoc(file.id, org.attorneyA.id);
    const first = createOf(1, 'comment', comment);
    expect(statuses(await pushBatch(t.app, laptop, [first]))).toEqual(['applied']);
    const replay = await pushBatch(t.app, laptop, [first]);
    expect(replay.json<Results>().results[0]).toMatchObject({
      status: 'duplicate',
      originalStatus: 'applied',
    });
    const again = await pushBatch(t.app, laptop, [{ ...createOf(2, 'comment', comment) }]);
    expect(
      again.json<{ results: { status: string; newVersion: number }[] }>().results[0],
    ).toMatchObject({
      status: 'applied',
      newVersion: 1,
    });
    const rows = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM change_log WHERE entity_id = $1`,
      [comment.id],
    );
    expect(rows.rows[0]!.n).toBe(1);
  });

  it('lets a laptop mark work ready or withdraw it, never decide, and never in another name', async () => {
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const a = pusher(t, await signIn(t.app, org.attorneyA));
    const own = readyReviewDoc(file.id, org.attorneyA.id);
    const approvedByLaptop = readyReviewDoc(file.id, org.attorneyA.id, {
      state: 'approved',
      decidedBy: org.attorneyA.id,
      decidedHash: markOf('x'),
      decidedAt: '2026-12-06T15:00:00.000Z',
    });
    const inAnotherName = readyReviewDoc(file.id, org.attorneyB.id);
    expect(
      statuses(
        await a.push(
          (s) => createOf(s, 'review', own),
          (s) => createOf(s, 'review', approvedByLaptop),
          (s) => createOf(s, 'review', inAnotherName),
        ),
      ),
    ).toEqual(['applied', 'rejected:forbidden_role', 'rejected:forbidden_role']);
    const patch = (set: Record<string, string>) => (s: number) =>
      mutation({
        seq: s,
        kind: 'patch',
        entity: 'review',
        entityId: own.id,
        caseId: file.id,
        baseVersion: 1,
        patch: { set },
      });
    expect(
      statuses(
        await a.push(
          patch({ state: 'approved' }),
          patch({ decidedHash: own.contentHash }),
          patch({ state: 'withdrawn' }),
        ),
      ),
    ).toEqual(['rejected:forbidden_role', 'rejected:forbidden_role', 'applied']);
  });

  it('writes an export once: the same record again is a replay, a changed one or an edit is refused', async () => {
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const a = pusher(t, await signIn(t.app, org.attorneyA));
    const entry = exportDoc(file.id, org.attorneyA.id);
    expect(
      statuses(
        await a.push(
          (s) => createOf(s, 'draftExport', entry),
          (s) => createOf(s, 'draftExport', entry),
          (s) => createOf(s, 'draftExport', { ...entry, withheldCount: 3 }),
          (s) =>
            mutation({
              seq: s,
              kind: 'patch',
              entity: 'draftExport',
              entityId: entry.id,
              caseId: file.id,
              baseVersion: 1,
              patch: { set: { fileName: 'other.docx' } },
            }),
          (s) =>
            createOf(s, 'draftExport', {
              ...exportDoc(file.id, org.attorneyA.id),
              fileName: 'Ana Prueba.docx',
            }),
        ),
      ),
    ).toEqual([
      'applied',
      'applied',
      'rejected:already_exists',
      'rejected:invalid_patch',
      'rejected:invalid_document',
    ]);
  });

  it('logs an exhibit packet with its documents in filing order (issue 22 #4)', async () => {
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const a = pusher(t, await signIn(t.app, org.attorneyA));
    const packet = {
      ...exportDoc(file.id, org.attorneyA.id),
      draftKind: 'exhibit-packet',
      fileName: 'AMP-2026-000123-packet-2026-12-07.pdf',
      exhibits: [
        { documentId: randomUUID(), sha256: 'a'.repeat(64) },
        { documentId: randomUUID(), sha256: null },
      ],
      pageCount: 42,
    };
    expect(
      statuses(
        await a.push(
          (s) => createOf(s, 'draftExport', packet),
          (s) =>
            createOf(s, 'draftExport', {
              ...packet,
              id: randomUUID(),
              exhibits: [{ documentId: 'not-an-id', sha256: null }],
            }),
          (s) => createOf(s, 'draftExport', { ...packet, id: randomUUID(), draftKind: 'packet' }),
        ),
      ),
    ).toEqual(['applied', 'rejected:invalid_document', 'rejected:invalid_document']);
  });
});
