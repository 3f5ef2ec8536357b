import type { CaseFile } from '@core/domain/case-file';
import { latestTemplate } from '@core/templates';
import { syntheticCaseFile } from '@core/domain/case-file.fixture';
import type { ContactLog, TimeEntry } from '@core/domain/case-logs';
import type { Comment } from '@core/domain/case-records';
import type { InterviewSession } from '@core/domain/interview-session';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { caseLogsRepository } from '../../db/case-logs-repository';
import { setDatabase } from '../../db/database';
import { documentsRepository } from '../../db/documents-repository';
import { notesRepository } from '../../db/notes-repository';
import { initialSyncState, writeSyncState } from '../../db/sync-state';
import { createTestDatabase } from '../../db/test-database';
import { createI18n } from '../../i18n';
import { DocumentsPage } from '../attachments/DocumentsPage';
import { CustodyLogPage } from '../case-logs/CustodyLogPage';
import { DefensesPage } from '../defenses/DefensesPage';
import { DraftsPage } from '../drafts/DraftsPage';
import { InterviewPage } from '../interviews/InterviewPage';
import { startInterview } from '../interviews/interview-actions';
import { installSameRealmClone } from '../interviews/jsdom-realm.test-support';
import { CaseReviewPage } from '../sync/CaseReviewPage';
import { CaseTimePage } from '../time/CaseTimePage';
import { CaseFilePage } from './CaseFilePage';
import { CaseLayout } from './CaseLayout';

const WAIT = { timeout: 10_000 };
const me = '5b0c7a1e-5b2d-4c8e-9f6a-1b2c3d4e5f90';
const open = syntheticCaseFile();
const closing = {
  id: '5b0c7a1e-5b2d-4c8e-9f6a-1b2c3d4e5f91',
  outcome: { kind: 'released', release: 'bond', bondAmount: 3000, note: null },
  closedAt: '2026-12-07T15:00:00.000Z',
  closedBy: '5b0c7a1e-5b2d-4c8e-9f6a-1b2c3d4e5f92',
};
const closed: CaseFile = { ...open, extra: { ...open.extra, closing } };
const interview: InterviewSession = {
  id: '5b0c7a1e-5b2d-4c8e-9f6a-1b2c3d4e5f93',
  caseId: open.id,
  templateId: 'first-intake',
  templateVersion: 1,
  clientLanguage: { code: 'es' },
  state: 'draft',
  startedAt: '2026-05-01T15:00:00.000Z',
  answers: {},
  sectionNotes: {},
  addenda: [],
};
const contact: ContactLog = {
  id: '5b0c7a1e-5b2d-4c8e-9f6a-1b2c3d4e5f94',
  caseId: open.id,
  date: '2026-12-01',
  type: 'visit',
  interpreter: false,
  interpreterName: null,
  language: null,
  durationMinutes: 30,
  notes: 'Visita en Jena.',
  recordedAt: '2026-12-01T15:00:00.000Z',
};
const time: TimeEntry = {
  id: '5b0c7a1e-5b2d-4c8e-9f6a-1b2c3d4e5f95',
  caseId: open.id,
  attorneyId: me,
  activity: 'interview',
  date: '2026-12-01',
  minutes: 45,
  source: 'manual',
  recordedAt: '2026-12-01T16:00:00.000Z',
};
const memoComment: Comment = {
  id: '5b0c7a1e-5b2d-4c8e-9f6a-1b2c3d4e5f96',
  caseId: open.id,
  authorId: closing.closedBy,
  body: 'Add the date of entry.',
  createdAt: '2026-12-02T15:00:00.000Z',
  anchor: { kind: 'interview', interviewId: interview.id },
} as Comment;

let i18n: I18n;
let removeShim: () => void = () => undefined;
beforeAll(() => {
  removeShim = installSameRealmClone();
});
afterAll(() => removeShim());

async function seed(file: CaseFile) {
  const { db } = await createTestDatabase();
  setDatabase(db);
  await writeSyncState(db, { ...initialSyncState, userId: me });
  await documentsRepository.create('case', file.id, file);
  await documentsRepository.create('interview', file.id, interview);
  await documentsRepository.create('comment', file.id, memoComment);
  await caseLogsRepository.saveContact(contact, true);
  await caseLogsRepository.saveTimeEntry(time, true);
  return db;
}

beforeEach(async () => {
  i18n = await createI18n('en');
});
afterEach(() => {
  cleanup();
  setDatabase(undefined);
});

function renderAt(path: string) {
  const router = createMemoryRouter(
    [
      {
        path: '/cases/:caseId',
        element: <CaseLayout />,
        children: [
          { path: 'file/:sectionId', element: <CaseFilePage /> },
          { path: 'interviews/:interviewId', element: <InterviewPage /> },
          { path: 'defenses', element: <DefensesPage /> },
          { path: 'custody-log', element: <CustodyLogPage /> },
          { path: 'time', element: <CaseTimePage /> },
          { path: 'documents', element: <DocumentsPage /> },
          { path: 'drafts', element: <DraftsPage /> },
          { path: 'review', element: <CaseReviewPage /> },
        ],
      },
    ],
    { initialEntries: [path] },
  );
  render(
    <I18nextProvider i18n={i18n}>
      <RouterProvider router={router} />
    </I18nextProvider>,
  );
}

/** Buttons that change the case (reading, printing, exporting and moving about do not). */
const EDITING =
  /^(Add|Save|Start|Stop|Edit|Delete|Remove|Reply|Send|Mark|Comment on|Record|Upload|Attach|Continue from|Use the|Combine|Finali[sz]e|Dismiss|Restore|Undo)\b/;

/** Which draft, and what its export holds, change nothing stored: exporting stays open. */
const EXPORT_CHOICES = /^\s*(Include .* in this export|I have reviewed and approved this draft)/;

const nameOf = (el: HTMLElement) =>
  el.getAttribute('aria-label') ??
  (el as HTMLInputElement).labels?.[0]?.textContent ??
  el.outerHTML;

function editingControls(): string[] {
  const fields = [
    ...screen.queryAllByRole('textbox'),
    ...screen.queryAllByRole('combobox'),
    ...screen.queryAllByRole('checkbox'),
    ...screen.queryAllByRole('radio'),
    ...screen.queryAllByRole('spinbutton'),
  ].filter(
    (el) =>
      !(el as HTMLInputElement).disabled &&
      !(el as HTMLInputElement).readOnly &&
      !el.closest('fieldset:disabled') &&
      !el.closest('.draft-chooser, .draft-options') &&
      !EXPORT_CHOICES.test(nameOf(el)),
  );
  const files = [...document.querySelectorAll<HTMLInputElement>('input[type=file]')].filter(
    (el) => !el.disabled,
  );
  const buttons = screen
    .queryAllByRole('button')
    .filter((b) => !(b as HTMLButtonElement).disabled && EDITING.test(b.textContent ?? ''));
  return [
    ...fields.map((el) => `field ${nameOf(el)}`),
    ...files.map((el) => `file ${el.id}`),
    ...buttons.map((b) => `button ${b.textContent}`),
  ];
}

const screens: [string, string, RegExp][] = [
  ['case file', 'file/identity', /Family name/],
  ['an interview', `interviews/${interview.id}`, /Add the date of entry/],
  ['defenses', 'defenses', /^Possible defenses$/],
  ['custody and contacts', 'custody-log', /Visita en Jena/],
  ['time', 'time', /45 min/],
  ['documents', 'documents', /^Scans and files for this case/],
  ['drafts', 'drafts', /Generate Word document/],
];
/** Review has nothing to change until sync brings something to review. */
const review: [string, string, RegExp] = ['review', 'review', /^Nothing to review/];

describe('a case MCJ closed, on the laptop', () => {
  it.each([...screens, review])(
    '%s: readable, nothing to change, and the banner says why',
    async (_, path, text) => {
      await seed(closed);
      renderAt(`/cases/${open.id}/${path}`);
      await screen.findAllByText(text, {}, WAIT);
      expect(
        screen.getByText(/read-only on this computer because MCJ closed it/),
      ).toBeInTheDocument();
      await waitFor(() => expect(editingControls()).toEqual([]), WAIT);
    },
  );

  it('still exports a draft', async () => {
    await seed(closed);
    renderAt(`/cases/${open.id}/drafts`);
    const generate = await screen.findByRole(
      'button',
      { name: 'Generate Word document (.docx)' },
      WAIT,
    );
    expect(generate).toBeEnabled();
  });

  it.each(screens)(
    '%s of an open case can be changed (the check above sees its controls)',
    async (_, path, text) => {
      await seed(open);
      renderAt(`/cases/${open.id}/${path}`);
      await screen.findAllByText(text, {}, WAIT);
      await waitFor(() => expect(editingControls().length).toBeGreaterThan(0), WAIT);
      expect(screen.queryByText(/read-only on this computer/)).toBeNull();
    },
  );

  it('keeps what was typed just before the closing arrived: saved, then read-only', async () => {
    await seed(open);
    renderAt(`/cases/${open.id}/file/identity`);
    const field = await screen.findByRole('textbox', { name: /^Phone/ }, WAIT);
    const person = userEvent.setup();
    await person.clear(field);
    await person.type(field, '601-555-0142');
    // The closing lands (as a pull would write it) before the typing's save has run.
    await documentsRepository.update(open.id, (doc) => ({
      ...doc,
      extra: { ...(doc['extra'] as object), closing },
    }));
    await waitFor(() => expect(field).toBeDisabled(), WAIT);
    await waitFor(async () => {
      const stored = (await documentsRepository.get(open.id))!.doc as unknown as CaseFile;
      expect(stored.identity.phone).toBe('601-555-0142');
      expect(stored.extra['closing']).toBeTruthy();
    }, WAIT);
    expect(field).toHaveValue('601-555-0142');
  });

  it('keeps a note typed just before the closing arrived: saved, then shown read-only', async () => {
    await seed(open);
    const session = await startInterview(latestTemplate('first-intake')!, {
      caseId: open.id,
      interpreterName: '',
      interpreterLanguage: null,
      interpreterLanguageLabel: '',
      clientLanguage: 'es',
    });
    renderAt(`/cases/${open.id}/interviews/${session.id}?section=fear`);
    const noteBox = () => screen.getByRole('textbox', { name: 'Notes on “Fear of return”' });
    await waitFor(() => expect(noteBox()).toBeEnabled(), WAIT);
    const note = noteBox();
    const person = userEvent.setup();
    await person.type(note, 'She crossed at Hidalgo.');
    expect(note).toHaveValue('She crossed at Hidalgo.');
    await documentsRepository.update(open.id, (doc) => ({
      ...doc,
      extra: { ...(doc['extra'] as object), closing },
    }));
    await waitFor(
      () => expect(screen.queryByRole('textbox', { name: 'Notes on “Fear of return”' })).toBeNull(),
      WAIT,
    );
    await waitFor(async () => {
      const bodies = (await notesRepository.listByCase(open.id)).map((r) => r.body);
      expect(bodies).toContain('She crossed at Hidalgo.');
    }, WAIT);
    // Shown first as typed but not yet saved, then, once saved, as the note's text: the element
    // found first can be replaced before it is looked at, so the check is retried until it holds.
    await waitFor(() => expect(screen.getByText('She crossed at Hidalgo.')).toBeVisible(), WAIT);
  });

  it('lists a change the server refused for the closed case with what it held, in Review', async () => {
    const db = await seed(closed);
    await db.quarantine.put({
      id: '5b0c7a1e-5b2d-4c8e-9f6a-1b2c3d4e5f97',
      caseId: open.id,
      createdAt: '2026-12-07T16:00:00.000Z',
      reason: 'case_closed',
      mutation: {
        mutationId: '5b0c7a1e-5b2d-4c8e-9f6a-1b2c3d4e5f97',
        seq: 4,
        kind: 'patch',
        entity: 'case',
        entityId: open.id,
        caseId: open.id,
        baseVersion: 3,
        patch: { set: { 'identity/phone': '601-555-0142' } },
        clientTime: '2026-12-07T14:00:00.000Z',
        state: 'sent',
      },
    } as never);
    renderAt(`/cases/${open.id}/review`);
    const refused = await screen.findByRole(
      'region',
      { name: "Changes MCJ's server refused" },
      WAIT,
    );
    expect(refused).toHaveTextContent(
      'Case file · MCJ had closed this case; what you wrote is kept for your supervisor',
    );
    expect(refused).toHaveTextContent('What it held, kept on this computer:Phone: 601-555-0142');
  });
});
