/**
 * Logs kept per case (issue 23): where a detained client was last confirmed to be, each contact
 * with the client, and the attorney's pro bono time. Each is a synced document of its own so that
 * two devices adding entries never touch the same record.
 */
import type { z } from 'zod';
import { LanguageSchema } from './case-file-sections';
import {
  TEXT_LONG,
  TEXT_NAME,
  bool,
  catalogId,
  enumOf,
  int,
  isoDate,
  list,
  requiredText,
  strict,
  text,
  timestamp,
  uuid,
} from './schema-primitives';

/** How the attorney learned where the client is held: no scraping, a person looked it up. */
export const CustodyCheckSourceSchema = enumOf(['locator', 'facility_call', 'client', 'court']);
/** `check`: the client is where we thought (or the facility is now known); `transfer`: moved. */
export const CustodyCheckKindSchema = enumOf(['check', 'transfer']);

/** One confirmation of where a detained client is held, or a transfer to a new facility. */
export const CustodyCheckSchema = strict({
  id: uuid(),
  caseId: uuid(),
  kind: CustodyCheckKindSchema,
  /** America/Chicago calendar date of the confirmation (or of the transfer). */
  checkedOn: isoDate(),
  facility: requiredText(TEXT_NAME),
  /** A transfer's facility before the move, as the case file had it. */
  previousFacility: text(TEXT_NAME).nullish(),
  source: CustodyCheckSourceSchema,
  /** Who looked it up or made the call: a name as the attorney types it. */
  checkedBy: requiredText(TEXT_NAME),
  notes: text(TEXT_LONG).nullish(),
  /**
   * Days until the next re-check, as the attorney's setting was when this was recorded: kept in
   * the record so the laptop and MCJ's dashboard count the same due date.
   */
  recheckDays: int(1, 60).optional(),
  /** Transfer steps (core/law/transfer-steps.ts ids) the attorney has marked done. */
  stepsDone: list(catalogId(), 20).optional(),
  recordedAt: timestamp(),
});

export const ContactTypeSchema = enumOf(['visit', 'phone', 'video', 'letter', 'message']);

/** One contact with the client: a visit, a call, a letter. Notes are the attorney's own. */
export const ContactLogSchema = strict({
  id: uuid(),
  caseId: uuid(),
  date: isoDate(),
  type: ContactTypeSchema,
  interpreter: bool(),
  interpreterName: text(TEXT_NAME).nullish(),
  language: LanguageSchema.nullish(),
  /** Whole minutes; null for a letter or a message. */
  durationMinutes: int(0, 24 * 60).nullish(),
  notes: text(TEXT_LONG).nullish(),
  recordedAt: timestamp(),
});

export const TimeActivitySchema = enumOf([
  'interview',
  'research',
  'drafting',
  'hearing',
  'travel',
  'waiting',
]);

/**
 * Why an entry needs the attorney's eye: the device clock ran backwards while the timer ran
 * (`clock`), or the timer was left running for more than a working day (`long`).
 */
export const TimeFlagSchema = enumOf(['clock', 'long']);

/** A week, the longest one entry may count (a timer forgotten for days is capped and flagged). */
export const MAX_ENTRY_MINUTES = 7 * 24 * 60;

/** Pro bono time on a case: from the timer or entered by hand. */
export const TimeEntrySchema = strict({
  id: uuid(),
  caseId: uuid(),
  /** The attorney whose time it is (the server checks it is the sender on creation). */
  attorneyId: uuid(),
  activity: TimeActivitySchema,
  /** America/Chicago date the work started; weekly totals count by it. */
  date: isoDate(),
  minutes: int(0, MAX_ENTRY_MINUTES),
  source: enumOf(['timer', 'manual']),
  startedAt: timestamp().nullish(),
  endedAt: timestamp().nullish(),
  flags: list(TimeFlagSchema, 2).optional(),
  notes: text(TEXT_LONG).nullish(),
  recordedAt: timestamp(),
});

export type CustodyCheck = z.infer<typeof CustodyCheckSchema>;
export type CustodyCheckSource = z.infer<typeof CustodyCheckSourceSchema>;
export type ContactLog = z.infer<typeof ContactLogSchema>;
export type ContactType = z.infer<typeof ContactTypeSchema>;
export type TimeEntry = z.infer<typeof TimeEntrySchema>;
export type TimeActivity = z.infer<typeof TimeActivitySchema>;
export type TimeFlag = z.infer<typeof TimeFlagSchema>;
