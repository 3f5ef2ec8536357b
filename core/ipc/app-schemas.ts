import { z } from 'zod';

/** Request of every channel that takes no input: an empty strict object, so extra keys are refused. */
export const EmptyRequestSchema = z.strictObject({});

export const DesktopPlatformSchema = z.enum(['darwin', 'win32', 'linux']);
export type DesktopPlatform = z.infer<typeof DesktopPlatformSchema>;

export const AppInfoSchema = z.strictObject({
  version: z.string().min(1).max(64),
  platform: DesktopPlatformSchema,
  mode: z.literal('desktop'),
  /** The MCJ server the start script launched next to the app, or null when none was launched. */
  embeddedServerUrl: z
    .url({ protocol: /^https?$/ })
    .max(2048)
    .nullable(),
  /** BCP 47 tag of the operating system's UI language, e.g. `en-US`. */
  locale: z.string().min(1).max(35),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;
