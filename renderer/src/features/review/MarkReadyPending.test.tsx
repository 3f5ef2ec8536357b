import type { CaseFile } from '@core/domain/case-file';
import type { InterviewSession } from '@core/domain/interview-session';
import type { ReviewRequest } from '@core/domain/review';
import { memoContentHash } from '@core/review/content-hash';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDatabase } from '../../db/database';
import { documentsRepository } from '../../db/documents-repository';
import { notesRepository } from '../../db/notes-repository';
import { initialSyncState, writeSyncState } from '../../db/sync-state';
import { createI18n } from '../../i18n';
import { reviewIdFor } from './review-store';
import {
  caseWithInterview,
  interviewPath,
  interviewScreenHooks,
  renderInterviewRoute,
} from '../interviews/interview-screen.test-support';

// "Mark ready" clicked while typing still waits for its autosave: the version marked must be the
// one holding what was just typed, not the one saved before it.
const WAIT = { timeout: 10_000 };

interviewScreenHooks(10_000);

let caseFile: CaseFile;
let session: InterviewSession;

beforeEach(async () => {
  await writeSyncState(getDatabase(), {
    ...initialSyncState,
    userId: '5b0c7a1e-5b2d-4c8e-9f6a-1b2c3d4e5f61',
  });
  ({ caseFile, session } = await caseWithInterview({ reference: 'MCJ-2026-0031' }));
});

async function renderInterview(section = '') {
  const path = `${interviewPath({ caseFile, session })}${section}`;
  renderInterviewRoute(await createI18n('en'), path);
}

/** The memo's mark as stored now: its saved answers and each section note's saved text. */
async function storedMemoHash(): Promise<string> {
  const stored = (await documentsRepository.get(session.id))!.doc as unknown as InterviewSession;
  const notes: Record<string, string> = {};
  for (const [sectionId, noteId] of Object.entries(stored.sectionNotes))
    notes[sectionId] = (await notesRepository.get(noteId)).current?.body ?? '';
  const answers = Object.fromEntries(
    Object.entries(stored.answers).map(([id, answer]) => [id, answer.value]),
  );
  return memoContentHash({ interviewId: stored.id, answers, notes });
}

async function storedRequest(): Promise<ReviewRequest | undefined> {
  const row = await documentsRepository.get(
    await reviewIdFor(caseFile.id, { kind: 'interview', interviewId: session.id }),
  );
  return row?.doc as unknown as ReviewRequest | undefined;
}

describe('marking a memo ready while its note is still being saved', () => {
  it('saves the note first and marks the version holding the text just typed', async () => {
    const user = userEvent.setup();
    await renderInterview();
    const note = await screen.findByRole('textbox', { name: 'Notes on “Before we start”' }, WAIT);
    const panel = await screen.findByRole('group', { name: 'Review by MCJ' }, WAIT);
    const mark = await within(panel).findByRole('button', { name: 'Mark ready for review' }, WAIT);
    await user.click(note);
    // Pasted in one event, then marked at once: the note's 200 ms autosave has not run yet.
    await user.paste('Held at the Hidalgo crossing for two days.');
    await user.click(mark);

    await within(panel).findByText('Ready for review', {}, WAIT);
    await waitFor(async () => expect((await storedRequest())?.state).toBe('ready'), WAIT);
    const request = (await storedRequest())!;
    const noteId = session.sectionNotes[Object.keys(session.sectionNotes)[0]!]!;
    expect((await notesRepository.get(noteId)).current?.body).toBe(
      'Held at the Hidalgo crossing for two days.',
    );
    expect(request.contentHash).toBe(await storedMemoHash());
    expect(request.currentHash).toBe(request.contentHash);
    // Once every save and live read has settled, the badge still says ready.
    await waitFor(() => expect(screen.getByText(/Saved at/)).toBeVisible(), WAIT);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(panel).not.toHaveTextContent('Changed since marked ready');
    expect(panel).toHaveTextContent('Ready for review');
    expect((await storedRequest())!.currentHash).toBe(request.contentHash);
  });

  it('saves an answer typed just before the click, and marks the version holding it', async () => {
    const user = userEvent.setup();
    await renderInterview('?section=identity');
    const dob = await screen.findByRole('textbox', { name: 'Date of birth' }, WAIT);
    const panel = await screen.findByRole('group', { name: 'Review by MCJ' }, WAIT);
    const mark = await within(panel).findByRole('button', { name: 'Mark ready for review' }, WAIT);
    await user.click(dob);
    await user.paste('1990-02-28');
    await user.click(mark);

    await within(panel).findByText(/Marked ready for review/, {}, WAIT);
    const stored = (await documentsRepository.get(session.id))!.doc as unknown as InterviewSession;
    expect(stored.answers['intake.date_of_birth']?.value).toBe('1990-02-28');
    const request = (await storedRequest())!;
    expect(request.contentHash).toBe(await storedMemoHash());
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(panel).not.toHaveTextContent('Changed since marked ready');
    expect(panel).toHaveTextContent('Ready for review');
  });
});
