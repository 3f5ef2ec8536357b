/** Review in the console: a memo's paragraphs with comments in place, and a decision on one version. */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ConsoleApi } from '../../api/console-api';
import { ConsoleApp } from '../../app/ConsoleApp';
import { createConsoleI18n } from '../../i18n';
import { SessionStore } from '../../session/session-store';
import { fakeServer, session, tokens } from '../../test-support/fake-server';

const id = (n: number) => `6f1d8a52-1c1e-4d7a-9a35-0c6f1e2b3a${String(n).padStart(2, '0')}`;
const caseId = id(1);
const attorneyId = id(2);
const noteId = id(3);
const hash = 'a'.repeat(64);
const request = {
  id: id(5),
  caseId,
  subject: { kind: 'interview', interviewId: id(6) },
  state: 'ready',
  contentHash: hash,
  currentHash: hash,
  readyBy: attorneyId,
  readyAt: '2026-12-06T15:00:00.000Z',
  status: 'ready',
  reference: 'MCJ-2026-0042',
  version: 1,
  comments: 0,
};
const secondRequest = {
  ...request,
  id: id(11),
  subject: { kind: 'interview', interviewId: id(12) },
  state: 'approved',
  status: 'approved',
};
const earlierComment = {
  id: id(7),
  caseId,
  authorId: session.userId,
  body: 'Which month?',
  createdAt: '2026-12-06T15:10:00.000Z',
  anchor: { kind: 'note', noteId, revisionId: id(8), paragraph: 0, quote: 'Entered in 2018.' },
};

async function renderReview(
  decision: { status: number; body: unknown },
  more: { requests?: object[]; comments?: object[]; exports?: object[] } = {},
) {
  window.history.replaceState(null, '', `/console/reviews/${caseId}`);
  const server = fakeServer({
    'POST /v1/console/sign-in': () => ({
      status: 200,
      body: { ...tokens(Date.now()), session: { ...session, role: 'supervisor' } },
    }),
    'GET /v1/console/directory': () => ({
      status: 200,
      body: {
        users: [{ id: attorneyId, displayName: 'Ana Prueba', role: 'attorney', disabled: false }],
      },
    }),
    [`GET /v1/console/cases/${caseId}/review`]: () => ({
      status: 200,
      body: {
        reference: 'MCJ-2026-0042',
        requests: [request, secondRequest, ...(more.requests ?? [])],
        comments: [earlierComment, ...(more.comments ?? [])],
        interviews: [
          {
            id: id(6),
            templateId: 'first-intake',
            state: 'draft',
            startedAt: '2026-12-06T14:00:00.000Z',
            removed: false,
            notes: [
              {
                sectionId: 'opening',
                noteId,
                revisionId: id(9),
                body: 'Entered in 2019.\n\nFled threats.',
              },
            ],
          },
          {
            id: id(12),
            templateId: 'hearing-preparation',
            state: 'draft',
            startedAt: '2026-12-07T14:00:00.000Z',
            removed: false,
            notes: [],
          },
        ],
        exports: more.exports ?? [],
      },
    }),
    [`POST /v1/console/cases/${caseId}/comments`]: () => ({
      status: 200,
      body: { comment: { ...earlierComment, id: id(10) } },
    }),
    [`POST /v1/console/reviews/${request.id}/decision`]: () => decision,
    'GET /v1/console/reviews': () => ({
      status: 200,
      body: { items: [request, ...(more.requests ?? [])] },
    }),
  });
  const store = new SessionStore({ fetch: server.fetch });
  const i18n = await createConsoleI18n('en');
  render(<ConsoleApp i18n={i18n} store={store} api={new ConsoleApi(store, server.fetch)} />);
  const person = userEvent.setup();
  await person.type(screen.getByLabelText('Email'), 'supervisor@example.org');
  await person.type(screen.getByLabelText('Password'), 'a long password');
  await person.click(screen.getByRole('button', { name: 'Sign in' }));
  await screen.findByRole('heading', { level: 1, name: 'Review of case MCJ-2026-0042' });
  return { server, person };
}

describe('case review in the console', () => {
  afterEach(() => cleanup());

  it('comments on a paragraph with its anchor, shows an edited paragraph’s comment as earlier, approves the version read', async () => {
    const { server, person } = await renderReview({
      status: 200,
      body: { review: { ...request, state: 'approved', status: 'approved' } },
    });
    expect(screen.getByText('On an earlier version of this text')).toBeTruthy();
    await person.click(screen.getByRole('button', { name: 'Comment on paragraph 2' }));
    await person.type(screen.getByLabelText('Comment on paragraph 2'), 'Threats from whom?');
    await person.click(screen.getByRole('button', { name: 'Send' }));
    const sent = server.calls.find((c) => c.path.endsWith('/comments'));
    expect(sent?.body).toMatchObject({
      body: 'Threats from whom?',
      anchor: { kind: 'note', noteId, revisionId: id(9), paragraph: 1, quote: 'Fled threats.' },
    });
    const memo = screen.getByRole('region', { name: /^Interview memo: First intake, started/ });
    expect(
      within(memo).getByRole('heading', { level: 3, name: 'Section: Before we start' }),
    ).toBeTruthy();
    // Each memo's decision sits with its own text: the other memo is approved, not decidable.
    const other = screen.getByRole('region', { name: /^Interview memo: Hearing preparation/ });
    expect(within(other).getByText('Approved')).toBeTruthy();
    expect(within(other).queryByRole('button', { name: 'Approve this version' })).toBeNull();
    await person.click(within(memo).getByRole('button', { name: 'Approve this version' }));
    const decided = server.calls.find((c) => c.path.endsWith('/decision'));
    expect(decided?.body).toMatchObject({ decision: 'approve', hash });
  });

  it('says so when the version read is no longer the one marked ready', async () => {
    const { person } = await renderReview({
      status: 409,
      body: { error: { code: 'conflict', message: 'review.staleVersion' } },
    });
    const memo = screen.getByRole('region', { name: /^Interview memo: First intake/ });
    await person.click(within(memo).getByRole('button', { name: 'Return with comments' }));
    expect(
      (await screen.findByText(/no longer the version marked ready/)).getAttribute('role'),
    ).toBe('alert');
  });

  it('shows comments on a draft with its decision, and comments on the case apart', async () => {
    const comment = (n: number, body: string, anchor: object) => ({
      ...earlierComment,
      id: id(n),
      body,
      anchor,
    });
    const { person } = await renderReview(
      { status: 200, body: {} },
      {
        requests: [
          { ...request, id: id(20), subject: { kind: 'draft', draftKind: 'bond-motion' } },
        ],
        comments: [
          comment(21, 'Cite Matter of Guerra.', { kind: 'draft', draftKind: 'bond-motion' }),
          comment(22, 'Call the client this week.', { kind: 'case' }),
        ],
        exports: [
          {
            id: id(23),
            caseId,
            draftKind: 'motion-to-continue',
            fileName: 'MCJ-2026-0042_motion-to-continue_2026-12-06.docx',
            hash,
            // 03:30 UTC on the 7th is still the 6th in Mississippi.
            exportedAt: '2026-12-07T03:30:00.000Z',
            exportedBy: attorneyId,
            outcome: 'downloaded',
            protectedCase: false,
            withheldCount: 0,
            included: [],
          },
        ],
      },
    );
    // Drafts are named by kind, case and day, never by their kind's id.
    const draft = screen.getByRole('region', {
      name: 'Bond motion · case MCJ-2026-0042 · Dec 6, 2026',
    }).parentElement!;
    expect(draft.textContent).toContain('Cite Matter of Guerra.');
    expect(draft.textContent).not.toContain('Call the client');
    const other = screen.getByRole('region', { name: 'Other comments on this case' });
    expect(other.textContent).toContain('Call the client this week.');
    expect(other.textContent).not.toContain('Guerra');
    // The memo's own comment stays with the memo.
    expect(other.textContent).not.toContain('Which month?');
    const exports = screen.getByRole('region', { name: 'Export log' });
    expect(exports.textContent).toMatch(
      /^Export log\s*Motion to continue · case MCJ-2026-0042 · Dec 6, 2026 · MCJ-2026-0042_/,
    );
    expect(document.body.textContent).not.toMatch(/bond-motion(?!_)|Draft: /);
    // The review queue names it the same way.
    await person.click(screen.getByRole('link', { name: 'Review' }));
    const queue = await screen.findByRole('table', {
      name: 'Memos and drafts marked ready for review',
    });
    const row = within(queue).getByRole('row', { name: /Bond motion/ });
    expect(row.textContent).toContain('Bond motion · case MCJ-2026-0042 · Dec 6, 2026');
    expect(queue.textContent).not.toContain('bond-motion');
  });
});
