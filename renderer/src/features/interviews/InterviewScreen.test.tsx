import type { CaseFile } from '@core/domain/case-file';
import type { InterviewSession } from '@core/domain/interview-session';
import { latestTemplate } from '@core/templates';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { documentsRepository } from '../../db/documents-repository';
import { draftsRepository } from '../../db/drafts-repository';
import { notesRepository } from '../../db/notes-repository';
import { createI18n } from '../../i18n';
import { finalizeInterview, startInterview } from './interview-actions';
import {
  caseFileStandIn,
  caseWithInterview,
  interviewPath,
  interviewScreenHooks,
  renderInterviewRoute,
} from './interview-screen.test-support';
import { InterviewsPage } from './InterviewsPage';

const WAIT = { timeout: 8000 };

interviewScreenHooks(8000);

let i18n: I18n;
let caseFile: CaseFile;
let session: InterviewSession;

async function storedSession(): Promise<InterviewSession> {
  return (await documentsRepository.get(session.id))!.doc as unknown as InterviewSession;
}

const renderAt = (path: string) =>
  renderInterviewRoute(i18n, path, [
    { path: 'interviews', element: <InterviewsPage /> },
    caseFileStandIn,
  ]);

const at = (section: string) => interviewPath({ caseFile, session }, section);

beforeEach(async () => {
  i18n = await createI18n('en');
  ({ caseFile, session } = await caseWithInterview({ reference: 'MCJ-2026-0007' }));
});

describe('interview screen', () => {
  it('keeps an invalid date as a draft, saves it once valid, and copies it to the case file on request', async () => {
    const user = userEvent.setup();
    renderAt(at('identity'));
    await screen.findByRole('heading', { level: 3, name: 'Identity' });
    expect(screen.getByText('¿Cuál es su fecha de nacimiento?')).toHaveAttribute('lang', 'es');
    expect(screen.getByText('What is your date of birth?')).toHaveAttribute('lang', 'en');

    const dob = screen.getByRole('textbox', { name: 'Date of birth' });
    // Pasted whole: typed key by key on a busy machine, "1990-02-3" (a valid date) can wait out
    // the 200 ms save delay and be saved before the last key.
    await user.click(dob);
    await user.paste('1990-02-30');
    expect(await screen.findByText(/Write a date such as 11\/20\/2026/)).toBeVisible();
    await waitFor(async () => {
      expect(await draftsRepository.get(`interview/${session.id}/intake.date_of_birth`)).toEqual({
        raw: '1990-02-30',
        locale: 'en',
      });
    }, WAIT);
    expect(dob).toHaveValue('1990-02-30');
    expect(dob).toHaveAttribute('aria-invalid', 'true');
    expect((await storedSession()).answers['intake.date_of_birth']).toBeUndefined();

    await user.clear(dob);
    await user.type(dob, '1990-02-28');
    await waitFor(
      async () =>
        expect((await storedSession()).answers['intake.date_of_birth']?.value).toBe('1990-02-28'),
      WAIT,
    );
    await waitFor(
      () => expect(screen.getAllByRole('status')[0]).toHaveTextContent(/Saved at/),
      WAIT,
    );
    expect(
      await draftsRepository.get(`interview/${session.id}/intake.date_of_birth`),
    ).toBeUndefined();
    expect(
      ((await documentsRepository.get(caseFile.id))!.doc as unknown as CaseFile).identity
        .dateOfBirth,
    ).toBeUndefined();

    const feed = await screen.findByRole('group', { name: 'Case file: Date of birth' }, WAIT);
    await user.click(within(feed).getByRole('button', { name: 'Add to the case file' }));
    await waitFor(async () => {
      const doc = (await documentsRepository.get(caseFile.id))!.doc as unknown as CaseFile;
      expect(doc.identity.dateOfBirth).toBe('1990-02-28');
    }, WAIT);
    expect(await within(feed).findByText('Copied to the case file.')).toBeVisible();
  });

  it('asks before replacing a different case-file value', async () => {
    await documentsRepository.update(caseFile.id, (doc) => ({
      ...doc,
      identity: { ...(doc['identity'] as object), maritalStatus: 'married' },
    }));
    const user = userEvent.setup();
    renderAt(at('identity'));
    const marital = await screen.findByRole('radiogroup', { name: 'Marital status' });
    await user.click(within(marital).getByRole('radio', { name: 'Single' }));
    const feed = await screen.findByRole('group', { name: 'Case file: Marital status' }, WAIT);
    expect(within(feed).getByText('Married')).toBeVisible();
    await user.click(within(feed).getByRole('button', { name: 'Replace the case-file value…' }));
    expect(within(feed).getByRole('alert')).toHaveTextContent(
      'The case file says “Married”. Replace it with “Single”?',
    );
    await user.click(within(feed).getByRole('button', { name: 'Keep the case-file value' }));
    expect(
      ((await documentsRepository.get(caseFile.id))!.doc as unknown as CaseFile).identity
        .maritalStatus,
    ).toBe('married');
    await user.click(within(feed).getByRole('button', { name: 'Replace the case-file value…' }));
    await user.click(within(feed).getByRole('button', { name: 'Yes, replace it' }));
    await waitFor(
      async () =>
        expect(
          ((await documentsRepository.get(caseFile.id))!.doc as unknown as CaseFile).identity
            .maritalStatus,
        ).toBe('single'),
      WAIT,
    );
  });

  it('brings a draft back after the screen is closed and opened again', async () => {
    const user = userEvent.setup();
    const first = renderAt(at('identity'));
    await user.type(await screen.findByRole('textbox', { name: 'Date of birth' }), '30/02/1990');
    await waitFor(
      async () =>
        expect(
          await draftsRepository.get(`interview/${session.id}/intake.date_of_birth`),
        ).toBeTruthy(),
      WAIT,
    );
    first.unmount();
    renderAt(at('identity'));
    expect(await screen.findByDisplayValue('30/02/1990')).toBeVisible();
    expect(await screen.findByText(/Write a date such as 11\/20\/2026/)).toBeVisible();
  });

  it('moves with the keyboard: Enter to the next answer, Alt+N to the next section, F1 to a help dialog', async () => {
    const user = userEvent.setup();
    renderAt(at('identity'));
    await user.click(await screen.findByRole('textbox', { name: /^Family name/ }));
    await user.keyboard('Prueba{Enter}');
    expect(screen.getByRole('textbox', { name: 'Given name(s)' })).toHaveFocus();

    await user.keyboard('{Alt>}n{/Alt}');
    const heading = await screen.findByRole('heading', {
      level: 3,
      name: 'Immigration and court papers',
    });
    await waitFor(() => expect(heading).toHaveFocus());
    await waitFor(
      async () =>
        expect((await storedSession()).answers['intake.family_name']?.value).toBe('Prueba'),
      WAIT,
    );

    await user.keyboard('{Alt>}s{/Alt}');
    expect(screen.getByRole('textbox', { name: /Notes on/ })).toHaveFocus();

    const helpButton = screen.getByRole('button', { name: 'Keyboard shortcuts (F1)' });
    helpButton.focus();
    await user.keyboard('{F1}');
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    expect(within(dialog).getByText('Next section')).toBeVisible();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(helpButton).toHaveFocus();
  });

  it('starts a new interview with the focus on its first question', async () => {
    const user = userEvent.setup();
    renderAt(`/cases/${caseFile.id}/interviews`);
    await user.click(await screen.findByRole('button', { name: 'Start interview' }, WAIT));
    await waitFor(() => {
      const active = document.activeElement as HTMLElement;
      expect(active.closest('.interview-section')).not.toBeNull();
      expect(['INPUT', 'SELECT', 'TEXTAREA']).toContain(active.tagName);
    }, WAIT);
    const first = document.querySelector('.interview-section :is(input, select, textarea)');
    expect(document.activeElement).toBe(first);
  });

  it('asks for the first question once: an unlock back onto the interview leaves focus alone', async () => {
    const user = userEvent.setup();
    const view = renderAt(`/cases/${caseFile.id}/interviews`);
    await user.click(await screen.findByRole('button', { name: 'Start interview' }, WAIT));
    await waitFor(() => {
      expect((document.activeElement as HTMLElement).closest('.interview-section')).not.toBeNull();
    }, WAIT);
    // Locking unmounts the screens; unlocking mounts them again on the same history entry.
    view.unmount();
    (document.activeElement as HTMLElement).blur();
    view.mount();
    await screen.findByRole('heading', { level: 2 }, WAIT);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((document.activeElement as HTMLElement).closest('.interview-section')).toBeNull();
  });

  it('opens help with ? only outside form controls (never from a radio button)', async () => {
    const user = userEvent.setup();
    renderAt(at('fear'));
    const fear = await screen.findByRole('radiogroup', {
      name: 'Is the client afraid to return to their country?',
    });
    const yes = within(fear).getByRole('radio', { name: 'Yes' });
    yes.focus();
    await user.keyboard('?');
    expect(screen.queryByRole('dialog')).toBeNull();
    screen.getByRole('button', { name: 'Keyboard shortcuts (F1)' }).focus();
    await user.keyboard('?');
    expect(screen.queryByRole('dialog')).toBeNull();
    (document.activeElement as HTMLElement).blur();
    await user.keyboard('?');
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  });

  it('counts quick Alt+N presses that arrive before the screen has caught up, and focuses where they land', async () => {
    renderAt(at('identity'));
    await screen.findByRole('heading', { level: 3, name: 'Identity' });
    const altN = () =>
      window.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'n', code: 'KeyN', altKey: true, bubbles: true }),
      );
    altN();
    altN();
    altN();
    const family = await screen.findByRole('heading', { level: 3, name: 'Family' });
    await waitFor(() => expect(family).toHaveFocus());
  });

  it(
    'finalises: notes become final, the screen is read-only, and addenda follow',
    { timeout: 90_000 },
    async () => {
      const user = userEvent.setup();
      renderAt(at('fear'));
      const fear = await screen.findByRole('radiogroup', {
        name: 'Is the client afraid to return to their country?',
      });
      await user.click(within(fear).getByRole('radio', { name: 'Yes' }));
      const noteBox = screen.getByRole('textbox', { name: 'Notes on “Fear of return”' });
      // The note's editor is disabled until its note has loaded (on a busy machine, after the radios).
      await waitFor(() => expect(noteBox).toBeEnabled(), WAIT);
      await user.type(noteBox, 'Threatened by a gang.');
      expect(noteBox).toHaveValue('Threatened by a gang.');
      await user.click(screen.getByRole('button', { name: 'Finalise interview…' }));
      expect(screen.getByRole('heading', { name: 'Finalise this interview?' })).toHaveFocus();
      await user.click(screen.getByRole('button', { name: 'Yes, finalise the interview' }));
      // Fifteen section notes are finalised one by one: over 8 s on a machine loaded 2.5 times over.
      expect(
        await screen.findByRole('heading', { name: 'Interview finalised' }, { timeout: 30_000 }),
      ).toBeVisible();

      const stored = await storedSession();
      expect(stored.state).toBe('final');
      expect(stored.answers['intake.fear_of_return']?.value).toBe(true);
      const note = await notesRepository.get(stored.sectionNotes['fear']!);
      expect(note).toMatchObject({
        isFinal: true,
        current: expect.objectContaining({ body: 'Threatened by a gang.' }),
      });
      expect(screen.queryByRole('radiogroup')).toBeNull();
      expect(screen.queryByRole('textbox', { name: /Notes on/ })).toBeNull();
      expect(screen.getByText('Threatened by a gang.')).toBeVisible();

      await user.click(screen.getByRole('button', { name: 'Add an addendum' }));
      const addendum = await screen.findByRole('textbox', { name: /^Addendum 1/ }, WAIT);
      await waitFor(() => expect(addendum).toHaveFocus(), WAIT);
      await user.type(addendum, 'Client called: a second threat.');
      await user.click(screen.getByRole('button', { name: 'Finalise this addendum…' }));
      await user.click(screen.getByRole('button', { name: 'Yes, finalise the addendum' }));
      await waitFor(async () => {
        const view = await notesRepository.get((await storedSession()).addenda[0]!.noteId);
        expect(view).toMatchObject({
          isFinal: true,
          current: expect.objectContaining({ body: 'Client called: a second threat.' }),
        });
      }, WAIT);
    },
  );

  it('shows typing that never got into a final interview instead of hiding it', async () => {
    const draftId = `interview/${session.id}/intake.date_of_birth`;
    await draftsRepository.put(draftId, caseFile.id, { raw: '28/02/1990' });
    await finalizeInterview(session.id);
    renderAt(at('identity'));
    expect(
      await screen.findByText(/Typed but not saved in the interview.*28\/02\/1990/),
    ).toBeVisible();
    expect(screen.queryByRole('textbox', { name: 'Date of birth' })).toBeNull();
    expect(await draftsRepository.get(draftId)).toEqual({ raw: '28/02/1990' });
  });

  it('lists the interviews of the case with their state and interpreter', async () => {
    renderAt(`/cases/${caseFile.id}/interviews`);
    const row = await screen.findByRole('row', { name: /First intake/ });
    expect(row).toHaveTextContent('Draft');
    expect(row).toHaveTextContent('Rosa Intérprete (Spanish)');
  });
});

describe('Spanish wording that agrees with the client', () => {
  async function detainedInterview(gender: CaseFile['identity']['gender']) {
    caseFile = { ...caseFile, identity: { ...caseFile.identity, gender } };
    await documentsRepository.update(caseFile.id, () => caseFile);
    session = await startInterview(latestTemplate('detained-client')!, {
      caseId: caseFile.id,
      interpreterName: 'Rosa Intérprete',
      interpreterLanguage: { code: 'es' },
      interpreterLanguageLabel: 'Spanish',
      clientLanguage: 'es',
    });
    renderAt(at('release'));
    await screen.findByRole('heading', { level: 3, name: 'Release plan and ties' });
  }

  it.each([
    ['female', '¿quién la puede recibir?'],
    ['male', '¿quién lo puede recibir?'],
    ['unknown', '¿quién le puede recibir?'],
    [null, '¿quién le puede recibir?'],
  ] as const)('a client recorded as %s is asked %s', async (gender, expected) => {
    await detainedInterview(gender);
    const wording = screen.getByText(/Si sale, ¿quién/);
    expect(wording).toHaveAttribute('lang', 'es');
    expect(wording).toHaveTextContent(expected);
    expect(wording).not.toHaveTextContent(/[{}|]/);
  });

  it('shows the reviewed Spanish titles in a Spanish interface', async () => {
    await i18n.changeLanguage('es');
    caseFile = { ...caseFile, identity: { ...caseFile.identity, gender: 'female' } };
    await documentsRepository.update(caseFile.id, () => caseFile);
    session = await startInterview(latestTemplate('detained-client')!, {
      caseId: caseFile.id,
      interpreterName: 'Rosa Intérprete',
      interpreterLanguage: { code: 'es' },
      interpreterLanguageLabel: 'Spanish',
      clientLanguage: 'es',
    });
    renderAt(at('custody'));
    await screen.findByRole('heading', { level: 3, name: 'Detención' });
    expect(screen.getByText('¿Su cliente está detenida ahora?')).toBeVisible();
    expect(screen.getAllByText('Plan de liberación y arraigo').length).toBeGreaterThan(0);
    expect(screen.queryByText(/Plan de salida/)).toBeNull();
  });
});
