import type { CaseFile } from '@core/domain/case-file';
import type { InterviewSession } from '@core/domain/interview-session';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { documentsRepository } from '../../db/documents-repository';
import { draftsRepository } from '../../db/drafts-repository';
import { createI18n } from '../../i18n';
import { answerDraftPrefix } from './useAnswers';
import {
  caseWithInterview,
  interviewPath,
  interviewScreenHooks,
  renderInterviewRoute,
} from './interview-screen.test-support';

/** Dates typed as people write them, read back before they are saved (issue 11, item 5). */
const WAIT = { timeout: 8000 };

interviewScreenHooks(8000);

let caseFile: CaseFile;
let session: InterviewSession;

const answerOf = async (id: string) =>
  ((await documentsRepository.get(session.id))!.doc as unknown as InterviewSession).answers[id]
    ?.value;

const renderEntries = (i18n: I18n) =>
  renderInterviewRoute(i18n, interviewPath({ caseFile, session }, 'entries'));

beforeEach(async () => {
  ({ caseFile, session } = await caseWithInterview({ reference: 'MCJ-2026-0012' }));
});

describe('interview dates', () => {
  it('reads back 11/20/2026 and March 2016 in English, and saves them', async () => {
    const user = userEvent.setup();
    renderEntries(await createI18n('en'));
    const first = await screen.findByRole(
      'textbox',
      { name: 'Date of the first entry to the United States' },
      WAIT,
    );
    await user.type(first, 'March 2016');
    expect(first).toHaveAccessibleDescription(/Read as: March 2016/);
    const last = screen.getByRole('textbox', { name: /^Date of the last arrival/ });
    await user.type(last, '11/20/2026');
    expect(screen.getByText('Read as: 20 November 2026')).toBeVisible();
    await waitFor(async () => expect(await answerOf('intake.first_entry_date')).toBe('2016-03'));
    await waitFor(async () => expect(await answerOf('intake.last_entry_date')).toBe('2026-11-20'));
  });

  it('asks which date 03/04/2026 means in Spanish, keeps it as a draft, and saves the choice', async () => {
    const user = userEvent.setup();
    const es = await createI18n('es');
    const view = renderEntries(es);
    const first = await screen.findByRole(
      'textbox',
      { name: 'Fecha de la primera entrada a Estados Unidos' },
      WAIT,
    );
    await user.type(first, '03/04/2026');
    expect(
      screen.getByText('Esta fecha se puede leer de dos maneras: elija la que se quiso decir.'),
    ).toBeVisible();
    const which = screen.getByRole('group', { name: '¿Qué fecha quiso decir?' });
    expect(
      within(which)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['3 de abril de 2026', '4 de marzo de 2026']);
    // Not saved as an answer, never discarded: the typing waits as a draft, and comes back.
    await waitFor(async () =>
      expect(
        await draftsRepository.get(`${answerDraftPrefix(session.id)}intake.first_entry_date`),
      ).toEqual({ raw: '03/04/2026', locale: 'es' }),
    );
    expect(await answerOf('intake.first_entry_date')).toBeUndefined();
    view.unmount();
    renderEntries(es);
    const again = await screen.findByRole(
      'textbox',
      { name: 'Fecha de la primera entrada a Estados Unidos' },
      WAIT,
    );
    await waitFor(() => expect(again).toHaveValue('03/04/2026'));
    await user.click(
      within(screen.getByRole('group', { name: '¿Qué fecha quiso decir?' })).getByRole('button', {
        name: '4 de marzo de 2026',
      }),
    );
    expect(again).toHaveValue('4 de marzo de 2026');
    expect(screen.getByText('Se entiende: 4 de marzo de 2026')).toBeVisible();
    await waitFor(async () => expect(await answerOf('intake.first_entry_date')).toBe('2026-03-04'));
    expect(screen.queryByRole('group', { name: '¿Qué fecha quiso decir?' })).toBeNull();
  });

  it('keeps a half-typed date on screen as a draft, with no reading', async () => {
    const user = userEvent.setup();
    renderEntries(await createI18n('en'));
    const first = await screen.findByRole(
      'textbox',
      { name: 'Date of the first entry to the United States' },
      WAIT,
    );
    await user.type(first, '11/2');
    expect(screen.queryByText(/^Read as:/)).toBeNull();
    await waitFor(async () =>
      expect(
        await draftsRepository.get(`${answerDraftPrefix(session.id)}intake.first_entry_date`),
      ).toEqual({ raw: '11/2', locale: 'en' }),
    );
    expect(first).toHaveValue('11/2');
  });

  it('never reads a Spanish 03/04/2026 month first when the screen is reopened in English', async () => {
    const user = userEvent.setup();
    const view = renderEntries(await createI18n('es'));
    await user.type(
      await screen.findByRole(
        'textbox',
        { name: 'Fecha de la primera entrada a Estados Unidos' },
        WAIT,
      ),
      '03/04/2026',
    );
    const key = `${answerDraftPrefix(session.id)}intake.first_entry_date`;
    await waitFor(async () =>
      expect(await draftsRepository.get(key)).toMatchObject({ raw: '03/04/2026' }),
    );
    view.unmount();

    renderEntries(await createI18n('en'));
    const first = await screen.findByRole(
      'textbox',
      { name: 'Date of the first entry to the United States' },
      WAIT,
    );
    await waitFor(() => expect(first).toHaveValue('03/04/2026'));
    // Still the question it was in Spanish, both readings offered in English words.
    const which = await screen.findByRole('group', { name: 'Which date was meant?' });
    expect(
      within(which)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['3 April 2026', '4 March 2026']);
    expect(screen.queryByText(/^Read as:/)).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await answerOf('intake.first_entry_date')).toBeUndefined();
    expect(await draftsRepository.get(key)).toMatchObject({ raw: '03/04/2026' });

    await user.click(within(which).getByRole('button', { name: '3 April 2026' }));
    await waitFor(async () => expect(await answerOf('intake.first_entry_date')).toBe('2026-04-03'));
  });
});
