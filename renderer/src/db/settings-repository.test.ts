import { beforeEach, describe, expect, it } from 'vitest';
import type { AmparoDatabase } from './database';
import { createTestDatabase } from './test-database';
import { createSettingsRepository, emptyProfile } from './settings-repository';

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
});
