import type { CaseFile } from '@core/domain/case-file';
import type { InterviewSession } from '@core/domain/interview-session';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { documentsRepository } from '../../db/documents-repository';
import { createI18n } from '../../i18n';
import {
  caseFileStandIn,
  caseWithInterview,
  interviewPath,
  interviewScreenHooks,
  renderInterviewRoute,
} from './interview-screen.test-support';

/** "Each fact entered once", on the detained-client interview. */
const WAIT = { timeout: 8000 };

interviewScreenHooks(8000);

let i18n: I18n;
let caseFile: CaseFile;
let session: InterviewSession;

const storedCase = async () =>
  (await documentsRepository.get(caseFile.id))!.doc as unknown as CaseFile;

async function setUp(change?: (file: CaseFile) => CaseFile) {
  ({ caseFile, session } = await caseWithInterview({
    reference: 'MCJ-2026-0011',
    givenNames: 'Fabio',
    template: 'detained-client',
    ...(change ? { change } : {}),
  }));
}

const renderSection = (section: string) =>
  renderInterviewRoute(i18n, interviewPath({ caseFile, session }, section), [caseFileStandIn]);

beforeEach(async () => {
  i18n = await createI18n('en');
});

describe('facts from the detained-client interview', () => {
  it('offers a health condition ticked in the interview into the case file, in one click', async () => {
    await setUp();
    const user = userEvent.setup();
    renderSection('health');
    const conditions = await screen.findByRole(
      'group',
      { name: 'Health conditions the client reports' },
      WAIT,
    );
    await user.click(within(conditions).getByRole('checkbox', { name: 'Diabetes (type 1 or 2)' }));
    const offer = await screen.findByRole(
      'group',
      { name: 'Medical conditions: new row from the interview: Diabetes (type 1 or 2)' },
      WAIT,
    );
    expect(within(offer).getByText('The case file has none yet.')).toBeVisible();
    await user.click(within(offer).getByRole('button', { name: 'Add to case file' }));
    await waitFor(async () =>
      expect((await storedCase()).medical.conditions).toEqual([
        expect.objectContaining({ condition: 'Diabetes (type 1 or 2)' }),
      ]),
    );
    expect(await within(offer).findByText('Added to the case file.')).toBeVisible();
  });

  it('adds every answer in one confirm step, and replaces a value only when ticked', async () => {
    await setUp((file) => ({
      ...file,
      custody: { ...file.custody, facility: 'Madison County Jail' },
    }));
    const user = userEvent.setup();
    renderSection('custody');
    await user.type(
      await screen.findByRole('textbox', { name: 'Date of the ICE arrest' }, WAIT),
      '2026-10-02',
    );
    await user.type(
      screen.getByRole('textbox', { name: /^Place of the ICE arrest/ }),
      'Traffic stop, Canton, MS',
    );
    await user.type(screen.getByRole('textbox', { name: 'Facility name' }), 'Adams County');
    await user.type(screen.getByRole('textbox', { name: 'Facility phone' }), '601-555-0100');
    await user.tab();

    // Four answers here, and the language of the interview from its opening.
    const offers = await screen.findByText('Answers for the case file (5)', {}, WAIT);
    await user.click(offers);
    // The offer shows the answer as saved: wait for the last keystrokes to be in.
    await screen.findByRole('checkbox', { name: 'Facility phone: 601-555-0100' }, WAIT);
    const replace = screen.getByRole('checkbox', { name: 'Facility: Adams County' });
    expect(replace).not.toBeChecked();
    expect(screen.getByText('Replaces “Madison County Jail” in the case file.')).toBeVisible();
    expect(
      screen.getByRole('checkbox', { name: 'Date of ICE arrest: October 2, 2026' }),
    ).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Add 4 answers to the case file' }));
    await waitFor(async () =>
      expect((await storedCase()).custody).toMatchObject({
        arrestDate: '2026-10-02',
        arrestPlace: 'Traffic stop, Canton, MS',
        facilityPhone: '601-555-0100',
        facility: 'Madison County Jail',
      }),
    );
    expect(await screen.findByText('Added 4 answers to the case file.')).toBeVisible();
    // Now only the replacement waits, and it goes in only when ticked.
    await user.click(await screen.findByRole('checkbox', { name: 'Facility: Adams County' }));
    await user.click(screen.getByRole('button', { name: 'Add 1 answer to the case file' }));
    await waitFor(async () => expect((await storedCase()).custody.facility).toBe('Adams County'));
  });

  it('does not ask a client recorded as a man whether he is pregnant', async () => {
    await setUp((file) => ({ ...file, identity: { ...file.identity, gender: 'male' } }));
    renderSection('health');
    await screen.findByRole('group', { name: 'Health conditions the client reports' }, WAIT);
    expect(screen.queryByText('Is the client pregnant?')).toBeNull();
  });

  it('asks a client whose gender is not recorded whether she is pregnant', async () => {
    await setUp();
    renderSection('health');
    expect(await screen.findByText('Is the client pregnant?', {}, WAIT)).toBeVisible();
  });
});
