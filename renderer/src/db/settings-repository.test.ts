import { beforeEach, describe, expect, it } from 'vitest';
import type { AmparoDatabase } from './database';
import { createTestDatabase } from './test-database';
import { createSettingsRepository, emptyProfile } from './settings-repository';
import { initialSyncState, writeSyncState } from './sync-state';

describe('settings repository', () => {
  let db: AmparoDatabase;
  const repo = createSettingsRepository(() => db);
  beforeEach(async () => {
    ({ db } = await createTestDatabase());
  });

  it('returns nothing before a profile is saved', async () => {
    expect(await repo.getProfile()).toBeUndefined();
  });

  it('saves and reads back a profile', async () => {
    const profile = { ...emptyProfile, displayName: 'Pat Volunteer', eoirId: 'AB123456' };
    await repo.saveProfile(profile);
    expect(await repo.getProfile()).toEqual(profile);
  });

  it('refuses an invalid profile and keeps the previous one', async () => {
    await repo.saveProfile({ ...emptyProfile, displayName: 'Pat Volunteer' });
    await expect(repo.saveProfile({ ...emptyProfile, displayName: '' })).rejects.toThrow();
    expect((await repo.getProfile())?.displayName).toBe('Pat Volunteer');
  });

  it('reads a profile saved before it had a mailing address', async () => {
    const old = { displayName: 'Pat Volunteer', barNumber: '', eoirId: '', phone: '', email: '' };
    await db.settings.put({ key: 'profile', value: old });
    expect(await repo.getProfile()).toEqual({ ...old, mailingAddress: '' });
  });

  it('keeps a mailing address over several lines', async () => {
    const mailingAddress = 'MCJ Volunteer Program\n5 Old River Place, Suite 203\nJackson, MS 39202';
    await repo.saveProfile({ ...emptyProfile, displayName: 'Pat Volunteer', mailingAddress });
    expect((await repo.getProfile())?.mailingAddress).toBe(mailingAddress);
  });

  it('starts a profile never saved from the MCJ account the attorney signed in with', async () => {
    const account = { displayName: 'Pat Volunteer', email: 'pat.volunteer@example.org' };
    await writeSyncState(db, { ...initialSyncState, ...account });
    expect(await repo.profileToEdit()).toEqual({
      profile: { ...emptyProfile, ...account },
      fromAccount: ['displayName', 'email'],
    });
  });

  it('never replaces what the attorney saved with the account, and fills only what is empty', async () => {
    await writeSyncState(db, {
      ...initialSyncState,
      displayName: 'Pat Volunteer',
      email: 'pat.volunteer@example.org',
    });
    await repo.saveProfile({ ...emptyProfile, displayName: 'Patricia Volunteer, Esq.' });
    expect(await repo.profileToEdit()).toEqual({
      profile: {
        ...emptyProfile,
        displayName: 'Patricia Volunteer, Esq.',
        email: 'pat.volunteer@example.org',
      },
      fromAccount: ['email'],
    });
  });

  it('offers an empty profile when nobody has signed in', async () => {
    expect(await repo.profileToEdit()).toEqual({ profile: emptyProfile, fromAccount: [] });
  });
});
