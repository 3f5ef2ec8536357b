import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setDatabase } from '../../db/database';
import { settingsRepository } from '../../db/settings-repository';
import { initialSyncState, writeSyncState } from '../../db/sync-state';
import { createTestDatabase } from '../../db/test-database';
import { createI18n } from '../../i18n';
import { ProfileForm } from './ProfileForm';

beforeEach(async () => {
  const { db } = await createTestDatabase();
  setDatabase(db);
  await writeSyncState(db, {
    ...initialSyncState,
    displayName: 'Pat Volunteer',
    email: 'pat.volunteer@example.org',
  });
});

afterEach(() => {
  cleanup();
  setDatabase(undefined);
});

describe('ProfileForm', () => {
  it('starts from the MCJ account and saves a mailing address with the rest', async () => {
    const user = userEvent.setup();
    render(
      <I18nextProvider i18n={await createI18n('en')}>
        <ProfileForm />
      </I18nextProvider>,
    );
    const name = await screen.findByRole('textbox', { name: 'Your full name' });
    await waitFor(() => expect(name).toHaveValue('Pat Volunteer'));
    expect(screen.getByRole('textbox', { name: 'Work email' })).toHaveValue(
      'pat.volunteer@example.org',
    );
    expect(screen.getByRole('note')).toHaveTextContent('come from your MCJ account');
    const address = screen.getByRole('textbox', { name: 'Mailing address' });
    await user.type(address, '5 Old River Place{Enter}Jackson, MS 39202');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Profile saved')).toBeVisible();
    await waitFor(async () =>
      expect(await settingsRepository.getProfile()).toMatchObject({
        displayName: 'Pat Volunteer',
        email: 'pat.volunteer@example.org',
        mailingAddress: '5 Old River Place\nJackson, MS 39202',
      }),
    );
    expect(screen.queryByRole('note')).toBeNull();
  });
});
