import {
  DEFAULT_RECHECK_DAYS,
  MAX_RECHECK_DAYS,
  MIN_RECHECK_DAYS,
} from '@core/cases/custody-clock';
import { messageWith } from '@core/domain/validation-keys';
import { z } from 'zod';
import { getDatabase, type AmparoDatabase } from './database';
import { readSyncState } from './sync-state';

export const ProfileSchema = z.strictObject({
  displayName: z
    .string()
    .trim()
    .min(1, { error: 'validation.required' })
    .max(200, { error: messageWith('validation.text.tooLong', { max: 200 }) }),
  barNumber: z
    .string()
    .trim()
    .max(100, { error: messageWith('validation.text.tooLong', { max: 100 }) }),
  eoirId: z
    .string()
    .trim()
    .regex(/^([A-Za-z]{2}\d{6,})?$/, { error: 'validation.eoirId' }),
  phone: z
    .string()
    .trim()
    .regex(/^[\d\s()+.-]*$/, { error: 'validation.phone.format' })
    .max(40, { error: messageWith('validation.text.tooLong', { max: 40 }) }),
  email: z.union([z.literal(''), z.email({ error: 'validation.email.format' })]),
  /** Where courts and DHS send paper (signature blocks, the EOIR-28); several lines. */
  mailingAddress: z
    .string()
    .trim()
    .max(500, { error: messageWith('validation.text.tooLong', { max: 500 }) })
    // Profiles saved before this field existed have none.
    .default(''),
});
export type Profile = z.infer<typeof ProfileSchema>;

export const emptyProfile: Profile = {
  displayName: '',
  barNumber: '',
  eoirId: '',
  phone: '',
  email: '',
  mailingAddress: '',
};

/** Profile fields the MCJ account knows. */
export type AccountField = 'displayName' | 'email';

/** Days after a confirmed location before Amparo asks to confirm it again (issue 23). */
export const RecheckDaysSchema = z
  .number({ error: 'validation.number.integer' })
  .int({ error: 'validation.number.integer' })
  .min(MIN_RECHECK_DAYS, {
    error: messageWith('validation.number.range', { min: MIN_RECHECK_DAYS, max: MAX_RECHECK_DAYS }),
  })
  .max(MAX_RECHECK_DAYS, {
    error: messageWith('validation.number.range', { min: MIN_RECHECK_DAYS, max: MAX_RECHECK_DAYS }),
  });

export function createSettingsRepository(db: () => AmparoDatabase = getDatabase) {
  const getProfile = async (): Promise<Profile | undefined> => {
    const row = await db().settings.get('profile');
    const parsed = ProfileSchema.safeParse(row?.value);
    return parsed.success ? parsed.data : undefined;
  };
  return {
    getProfile,
    async recheckDays(): Promise<number> {
      const parsed = RecheckDaysSchema.safeParse((await db().settings.get('recheckDays'))?.value);
      return parsed.success ? parsed.data : DEFAULT_RECHECK_DAYS;
    },
    async saveRecheckDays(days: number): Promise<void> {
      await db().settings.put({ key: 'recheckDays', value: RecheckDaysSchema.parse(days) });
    },
    async saveProfile(profile: Profile): Promise<void> {
      await db().settings.put({ key: 'profile', value: ProfileSchema.parse(profile) });
    },
    /**
     * The profile to show in Settings: what was saved, with empty name and email taken from the
     * MCJ account the attorney signed in with (never over a saved value), and which ones were.
     */
    async profileToEdit(): Promise<{ profile: Profile; fromAccount: AccountField[] }> {
      const saved = (await getProfile()) ?? emptyProfile;
      const account = await readSyncState(db());
      const profile = { ...saved };
      const fromAccount: AccountField[] = [];
      for (const field of ['displayName', 'email'] as const) {
        const value = account[field]?.trim();
        if (!profile[field] && value) {
          profile[field] = value;
          fromAccount.push(field);
        }
      }
      return { profile, fromAccount };
    },
  };
}

export const settingsRepository = createSettingsRepository();
