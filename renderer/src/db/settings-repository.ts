import { messageWith } from '@core/domain/validation-keys';
import { z } from 'zod';
import { getDatabase, type AmparoDatabase } from './database';

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
});
export type Profile = z.infer<typeof ProfileSchema>;

export const emptyProfile: Profile = {
  displayName: '',
  barNumber: '',
  eoirId: '',
  phone: '',
  email: '',
};

export function createSettingsRepository(db: () => AmparoDatabase = getDatabase) {
  return {
    async getProfile(): Promise<Profile | undefined> {
      const row = await db().settings.get('profile');
      const parsed = ProfileSchema.safeParse(row?.value);
      return parsed.success ? parsed.data : undefined;
    },
    async saveProfile(profile: Profile): Promise<void> {
      await db().settings.put({ key: 'profile', value: ProfileSchema.parse(profile) });
    },
  };
}

export const settingsRepository = createSettingsRepository();
