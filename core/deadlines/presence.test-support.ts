import { t } from './deadline-types';
import type { PresenceClockInput } from './presence-absences';

/** A 42B presence clock's input: 10 years from a 2010 first entry, counted to 2026-11-27. */
export const presenceInput = (over: Partial<PresenceClockInput> = {}): PresenceClockInput => ({
  requiredYears: 10,
  start: '2010-03-15',
  startLabel: t('first entry', 'primera entrada'),
  departures: [],
  entryDates: ['2010-03-15'],
  triggers: [],
  triggerSteps: [],
  asOf: '2026-11-27',
  ...over,
});
