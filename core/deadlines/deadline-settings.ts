/** Settings the office can change without a code release. */
import { z } from 'zod';
import { IsoDateSchema, int, issueKey } from '../domain/schema-primitives';
import { messageWith } from '../domain/validation-keys';
import { deadlineRuleIds } from './deadline-types';

const days = (max: number) => int(1, max);

export const DeadlineSettingsSchema = z.strictObject(
  {
    /** Days before a hearing that filings are due (hearing day = day 0). IJ orders override. */
    preHearingDays: z.strictObject({ master: days(90), individual: days(90) }, { error: issueKey }),
    /** Days a court or agency was closed beyond federal holidays (weather, executive orders). */
    closedDays: z.array(IsoDateSchema, { error: 'validation.type' }).max(1000, {
      error: messageWith('validation.list.tooLong', { max: 1000 }),
    }),
    /** When someone last confirmed the litigation status of a volatile rule (newer than the data). */
    statusCheckedOn: z.partialRecord(
      z.enum(deadlineRuleIds, { error: 'validation.enum' }),
      IsoDateSchema,
      {
        error: 'validation.type',
      },
    ),
    /** After this many days, a volatile rule's status is shown as stale. */
    staleStatusAfterDays: days(365),
  },
  { error: issueKey },
);

export type DeadlineSettings = z.infer<typeof DeadlineSettingsSchema>;

export const defaultDeadlineSettings: DeadlineSettings = {
  preHearingDays: { master: 15, individual: 30 },
  closedDays: [],
  statusCheckedOn: {},
  staleStatusAfterDays: 30,
};

export interface DeadlineOptions {
  /** Today's date in America/Chicago, as the caller's clock sees it. */
  readonly today: string;
  readonly settings?: Partial<DeadlineSettings>;
}

export interface ResolvedOptions {
  readonly today: string;
  readonly settings: DeadlineSettings;
  readonly closed: ReadonlySet<string>;
}

const DEFAULTS_KEY = {};
const resolvedSettings = new WeakMap<object, Omit<ResolvedOptions, 'today'>>();
const validDays = new Set<string>();

/**
 * Validated once per settings object (they are read-only) and per day: every rule resolves its
 * options, and a case list runs the rules for a thousand cases.
 */
export function resolveOptions(options: DeadlineOptions): ResolvedOptions {
  const key = options.settings ?? DEFAULTS_KEY;
  let resolved = resolvedSettings.get(key);
  if (!resolved) {
    const settings = DeadlineSettingsSchema.parse({
      ...defaultDeadlineSettings,
      ...options.settings,
    });
    resolved = { settings, closed: new Set(settings.closedDays) };
    resolvedSettings.set(key, resolved);
  }
  if (!validDays.has(options.today)) {
    IsoDateSchema.parse(options.today);
    if (validDays.size > 1000) validDays.clear();
    validDays.add(options.today);
  }
  return { today: options.today, ...resolved };
}
