import type { ReviewRequest } from '@core/domain/review';
import { syntheticCaseFile } from '@core/domain/case-file.fixture';
import type { InterviewSession } from '@core/domain/interview-session';
import { latestTemplate } from '@core/templates';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentsRepository } from '../../db/documents-repository';
import { notesRepository } from '../../db/notes-repository';
import { initialSyncState, writeSyncState } from '../../db/sync-state';
import { screenTestHooks } from '../../test-support/screen-test-hooks.test-support';
import { createI18n } from '../../i18n';
import { todayInChicago } from '../../lib/format';
import { CaseLayout } from '../case-file/CaseLayout';
import { startInterview } from '../interviews/interview-actions';
import { reviewIdFor } from '../review/review-store';
import { appFlushRegistry } from '../saving/app-flush-registry';
import type { Registration } from '../saving/flush-registry';
import { savedDraftHash, type DraftChoices } from './draft-hash';
import { DraftsPage } from './DraftsPage';

// A draft marked ready while an editor that just left the screen is still saving (its save waits
// in the app's flush registry): the version marked is the draft generated from that save.
const WAIT = { timeout: 10_000 };
const file = syntheticCaseFile();
let noteId: string;
const typed = 'Threatened again in 2019, at the bus stop (typed just before leaving).';

const db = screenTestHooks();

let registration: Registration | undefined;
beforeEach(async () => {
  await writeSyncState(db(), {
    ...initialSyncState,
    userId: '5b0c7a1e-5b2d-4c8e-9f6a-1b2c3d4e5f61',
  });
  await documentsRepository.create('case', file.id, file);
  const session: InterviewSession = await startInterview(latestTemplate('first-intake')!, {
    caseId: file.id,
    interpreterName: 'Rosa Intérprete',
    interpreterLanguage: { code: 'es' },
    interpreterLanguageLabel: 'Spanish',
    clientLanguage: 'es',
  });
  noteId = Object.values(session.sectionNotes)[0]!;
  await notesRepository.save({ noteId, caseId: file.id, body: 'She came in March.' });
});

afterEach(async () => {
  await registration?.retire();
  registration = undefined;
});

const choices = (): DraftChoices => ({
  today: todayInChicago(),
  include: new Set(),
  options: {},
  approved: false,
});

describe('marking a draft ready while a save is still waiting', () => {
  it('saves it first and marks the draft generated from it', async () => {
    const user = userEvent.setup();
    const router = createMemoryRouter(
      [
        {
          path: '/cases/:caseId',
          element: <CaseLayout />,
          children: [{ path: 'drafts', element: <DraftsPage /> }],
        },
      ],
      { initialEntries: [`/cases/${file.id}/drafts`] },
    );
    render(
      <I18nextProvider i18n={await createI18n('en')}>
        <RouterProvider router={router} />
      </I18nextProvider>,
    );
    const panel = await screen.findByRole('group', { name: 'Review by MCJ' }, WAIT);
    const mark = await within(panel).findByRole('button', { name: 'Mark ready for review' }, WAIT);
    const before = await savedDraftHash(file.id, 'interview-memo', choices());

    let waiting = true;
    registration = appFlushRegistry.register({
      flush: async () => {
        if (!waiting) return;
        await notesRepository.save({ noteId, caseId: file.id, body: typed });
        waiting = false;
      },
      unsaved: () => (waiting ? { kind: 'note', caseId: file.id, text: typed } : null),
    });
    await user.click(mark);

    await within(panel).findByText('Ready for review', {}, WAIT);
    await within(panel).findByText(/Marked ready for review/, {}, WAIT);
    expect((await notesRepository.get(noteId)).current?.body).toBe(typed);
    const after = await savedDraftHash(file.id, 'interview-memo', choices());
    expect(after).not.toBe(before);
    const request = (await documentsRepository.get(
      await reviewIdFor(file.id, { kind: 'draft', draftKind: 'interview-memo' }),
    ))!.doc as unknown as ReviewRequest;
    expect(request.contentHash).toBe(after);
    // Once the screen has read the saved note, the badge still says ready.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(panel).not.toHaveTextContent('Changed since marked ready');
    expect(panel).toHaveTextContent('Ready for review');
  });
});
