import { describe, expect, it } from 'vitest';
import { CommentSchema, commentAnchorOf } from '../domain/case-records';
import { ReviewRequestSchema } from '../domain/review';
import { commentThreads, onEarlierVersion } from './comment-threads';
import { canonicalJson, draftContentHash, memoContentHash } from './content-hash';
import { noteParagraphs, paragraphQuote } from './paragraphs';
import { reviewStatus } from './review-status';
import { sha256Hex } from './sha256';
import type { DraftDocument } from '../drafts/draft-types';

const CASE = '00000000-0000-4000-8000-000000000001';
const AUTHOR = '00000000-0000-4000-8000-000000000002';
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const comment = (n: number, extra: Record<string, unknown> = {}) =>
  CommentSchema.parse({
    id: id(100 + n),
    caseId: CASE,
    authorId: AUTHOR,
    body: `comment ${n}`,
    createdAt: `2026-12-06T10:0${n}:00.000Z`,
    ...extra,
  });

describe('sha256Hex', () => {
  it('matches the standard test vectors, multi-block and non-ASCII input included', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    // UTF-8 of "ñ" is c3 b1.
    expect(sha256Hex('ñ')).toBe('024bb90888ca89a15a19e9bdd8c712bfb070465fce1ef25e43c170ea44fc5e5f');
    // Four-byte characters across several blocks (checked against sha256sum).
    expect(sha256Hex('Ana Prueba — 😀 '.repeat(10))).toBe(
      'cefaf972e3c64adc2fb3a76bfead458069444386696a92945617354d255d06e9',
    );
  });
});

describe('version marks', () => {
  const doc: DraftDocument = {
    kind: 'interview-memo',
    title: 'Memo',
    header: [{ text: 'A' }],
    reviewMark: 'DRAFT: ATTORNEY TO REVIEW',
    blocks: [{ kind: 'paragraph', content: [{ text: 'One' }] }],
    citations: [],
  };
  it('does not depend on key order or the review mark, and changes with content or choices', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: [3, undefined] } })).toBe(
      '{"a":{"c":[3,null],"d":2},"b":1}',
    );
    const base = draftContentHash('interview-memo', doc, {
      options: { a: 1 },
      include: ['x', 'y'],
    });
    expect(
      draftContentHash(
        'interview-memo',
        { ...doc, reviewMark: null },
        { options: { a: 1 }, include: ['y', 'x'] },
      ),
    ).toBe(base);
    const edited = { ...doc, blocks: [{ kind: 'paragraph' as const, content: [{ text: 'Two' }] }] };
    expect(draftContentHash('interview-memo', edited, { options: { a: 1 }, include: [] })).not.toBe(
      base,
    );
    expect(
      draftContentHash('interview-memo', doc, { options: { a: 2 }, include: ['x', 'y'] }),
    ).not.toBe(base);
    const memo = { interviewId: id(1), answers: { q: 1 }, notes: { s: 'text' } };
    expect(memoContentHash(memo)).toMatch(/^[0-9a-f]{64}$/);
    expect(memoContentHash({ ...memo, notes: { s: 'text!' } })).not.toBe(memoContentHash(memo));
  });
});

describe('comments', () => {
  it('reads a comment written before anchors existed as one on the whole case', () => {
    const old = comment(1);
    expect(old.anchor).toBeUndefined();
    expect(commentAnchorOf(old)).toEqual({ kind: 'case' });
    expect(() => comment(2, { anchor: { kind: 'note', noteId: id(5) } })).toThrow();
  });

  it('groups replies, however deep, under their root, and keeps an orphan reply visible', () => {
    const anchor = { kind: 'note', noteId: id(5), revisionId: id(6), paragraph: 1, quote: 'B' };
    const root = comment(1, { anchor });
    const reply = comment(2, { parentId: root.id });
    const deeper = comment(3, { parentId: reply.id });
    const orphan = comment(4, { parentId: id(999) });
    const threads = commentThreads([deeper, orphan, reply, root]);
    expect(threads.map((t) => [t.root.id, t.replies.map((r) => r.id), t.key])).toEqual([
      [root.id, [reply.id, deeper.id], `note:${id(5)}:1`],
      [orphan.id, [], 'case'],
    ]);
  });

  it('marks a note comment as on an earlier version once its paragraph changed', () => {
    const body = 'First paragraph.\n\nSecond paragraph here.';
    expect(noteParagraphs(body)).toEqual(['First paragraph.', 'Second paragraph here.']);
    const anchor = {
      kind: 'note' as const,
      noteId: id(5),
      revisionId: id(6),
      paragraph: 1,
      quote: paragraphQuote('Second paragraph here.'),
    };
    expect(onEarlierVersion(anchor, { revisionId: id(6), body })).toBe(false);
    // Another paragraph edited: still the same paragraph.
    expect(
      onEarlierVersion(anchor, { revisionId: id(7), body: `Intro.\n\n${body.split('\n\n')[1]}` }),
    ).toBe(false);
    expect(
      onEarlierVersion(anchor, { revisionId: id(7), body: 'First paragraph.\n\nRewritten.' }),
    ).toBe(true);
    expect(onEarlierVersion(anchor, null)).toBe(true);
  });
});

describe('reviewStatus', () => {
  const h = (c: string) => c.repeat(64);
  const request = ReviewRequestSchema.parse({
    id: id(1),
    caseId: CASE,
    subject: { kind: 'draft', draftKind: 'bond-motion' },
    state: 'approved',
    contentHash: h('a'),
    readyBy: AUTHOR,
    readyAt: '2026-12-06T10:00:00.000Z',
    decidedBy: id(3),
    decidedAt: '2026-12-06T11:00:00.000Z',
    decidedHash: h('a'),
  });
  it('clears an approval once the work changed, and flags a change after marking ready', () => {
    expect(reviewStatus(request)).toBe('approved');
    expect(reviewStatus(request, h('b'))).toBe('approvalCleared');
    expect(reviewStatus({ ...request, currentHash: h('b') })).toBe('approvalCleared');
    expect(reviewStatus({ ...request, state: 'ready' })).toBe('ready');
    expect(reviewStatus({ ...request, state: 'ready' }, h('c'))).toBe('changedSinceReady');
    expect(reviewStatus({ ...request, state: 'returned' })).toBe('returned');
  });
});
