import type { Comment } from '@core/domain/case-records';
import { syntheticCaseFile } from '@core/domain/case-file.fixture';
import type { NoteRevision } from '@core/domain/note-revision';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setDatabase } from '../../db/database';
import { documentsRepository } from '../../db/documents-repository';
import { initialSyncState, writeSyncState } from '../../db/sync-state';
import { createTestDatabase } from '../../db/test-database';
import { createI18n } from '../../i18n';
import { installSameRealmClone } from '../interviews/jsdom-realm.test-support';
import { NewComment } from './NewComment';
import { NoteComments } from './NoteComments';

const WAIT = { timeout: 10_000 };
const file = syntheticCaseFile();
const me = '5b0c7a1e-5b2d-4c8e-9f6a-1b2c3d4e5f80';
const revision: NoteRevision = {
  id: '5b0c7a1e-5b2d-4c8e-9f6a-1b2c3d4e5f81',
  noteId: '5b0c7a1e-5b2d-4c8e-9f6a-1b2c3d4e5f82',
  caseId: file.id,
  parentIds: [],
  body: 'Entered in 2019.\n\nFled threats from a gang in her town.',
  createdAt: '2026-12-07T15:00:00.000Z',
  state: 'draft',
};
let i18n: I18n;

let removeShim: () => void;
beforeAll(() => {
  removeShim = installSameRealmClone();
});
afterAll(() => removeShim());
afterEach(cleanup);
beforeEach(async () => {
  const { db } = await createTestDatabase();
  setDatabase(db);
  await writeSyncState(db, { ...initialSyncState, userId: me });
  await documentsRepository.create('case', file.id, file);
  i18n = await createI18n('en');
});

const comments = async () =>
  (await documentsRepository.listByCase('comment', file.id)).map(
    (row) => row.doc as unknown as Comment,
  );

describe('starting a comment on the laptop', () => {
  it('on a chosen paragraph of a note: anchored to the revision read, shown in place', async () => {
    render(
      <I18nextProvider i18n={i18n}>
        <NoteComments caseId={file.id} noteId={revision.noteId} current={revision} />
      </I18nextProvider>,
    );
    const person = userEvent.setup();
    await person.click(await screen.findByRole('button', { name: 'Comment on this note' }, WAIT));
    const form = screen.getByRole('form', { name: 'Comment on this note' });
    await person.selectOptions(
      within(form).getByLabelText('Paragraph'),
      'Paragraph 2: “Fled threats from a gang in her town.”',
    );
    await person.type(within(form).getByLabelText('Your comment'), 'Which gang, and when?');
    await person.click(within(form).getByRole('button', { name: 'Save comment' }));
    await screen.findByText('Comment saved. It is sent at the next sync.', {}, WAIT);
    expect(await comments()).toEqual([
      expect.objectContaining({
        authorId: me,
        body: 'Which gang, and when?',
        anchor: {
          kind: 'note',
          noteId: revision.noteId,
          revisionId: revision.id,
          paragraph: 1,
          quote: 'Fled threats from a gang in her town.',
        },
      }),
    ]);
    expect((await comments())[0]!.parentId).toBeUndefined();
    const thread = await screen.findByRole('list', { name: 'Comments' }, WAIT);
    expect(thread).toHaveTextContent('On paragraph 2');
    expect(thread).toHaveTextContent('Which gang, and when?');
  });

  it('on a memo as a whole, and never an empty one', async () => {
    const interviewId = '5b0c7a1e-5b2d-4c8e-9f6a-1b2c3d4e5f83';
    render(
      <I18nextProvider i18n={i18n}>
        <NewComment
          caseId={file.id}
          label="Comment on the whole memo"
          anchorOf={() => ({ kind: 'interview', interviewId })}
        />
      </I18nextProvider>,
    );
    const person = userEvent.setup();
    await person.click(
      await screen.findByRole('button', { name: 'Comment on the whole memo' }, WAIT),
    );
    expect(screen.queryByLabelText('Paragraph')).toBeNull();
    await person.type(screen.getByLabelText('Your comment'), '   ');
    await person.click(screen.getByRole('button', { name: 'Save comment' }));
    expect(await comments()).toEqual([]);
    await person.type(screen.getByLabelText('Your comment'), 'Ready to file?');
    await person.click(screen.getByRole('button', { name: 'Save comment' }));
    await screen.findByText('Comment saved. It is sent at the next sync.', {}, WAIT);
    expect(await comments()).toEqual([
      expect.objectContaining({
        body: 'Ready to file?',
        anchor: { kind: 'interview', interviewId },
      }),
    ]);
  });
});
