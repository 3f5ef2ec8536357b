/** Case-file sections about the client's history: entries, departures, orders, filings, crimes. */
import { z } from 'zod';
import {
  TEXT_LONG,
  TEXT_NAME,
  TEXT_SHORT,
  bool,
  datePrecision,
  entityList,
  enumOf,
  int,
  isoDate,
  list,
  requiredText,
  strict,
  text,
  triState,
  uuid,
} from './schema-primitives';

const optionalText = (max: number) => text(max).nullish();

export const EntryMannerSchema = enumOf([
  'ewi',
  'visa',
  'parole',
  'lpr',
  'refugee',
  'cbp_one',
  'other',
  'unknown',
]);
export const BorderEventSchema = enumOf(['expedited_removal', 'credible_fear', 'reinstatement']);

/** Form I-94 number: 11 characters, 9 digits, a digit or letter, then a digit. */
export const I94NumberSchema = z
  .string({ error: 'validation.i94.format' })
  .regex(/^[0-9]{9}[A-Z0-9][0-9]$/, { error: 'validation.i94.format' });

export const EntrySchema = strict({
  id: uuid(),
  date: isoDate(),
  /** `month` or `year` when only that much is known ("March 2016"); `date` is then its first day. */
  datePrecision: datePrecision().nullish(),
  /** The client gave an estimate; deadlines computed from it are flagged. */
  dateApproximate: bool().nullish(),
  place: optionalText(TEXT_NAME),
  manner: EntryMannerSchema,
  visaType: optionalText(40),
  i94Number: I94NumberSchema.nullish(),
  borderEvents: list(BorderEventSchema, 10),
});

/** The plain object, for forms that need `.pick()` or `.partial()`. */
export const DepartureFieldsSchema = strict({
  id: uuid(),
  leftOn: isoDate(),
  /** null = not known yet. */
  returnedOn: isoDate().nullish(),
  underOrder: triState(),
});

export const DepartureSchema = DepartureFieldsSchema.superRefine((row, ctx) => {
  if (row.returnedOn && row.returnedOn < row.leftOn) {
    ctx.addIssue({ code: 'custom', message: 'validation.date.order', path: ['returnedOn'] });
  }
});

export const PriorOrderKindSchema = enumOf([
  'removal',
  'voluntary_departure',
  'expedited_removal',
  'reinstatement',
  'in_absentia',
]);

export const PriorOrderSchema = strict({
  id: uuid(),
  kind: PriorOrderKindSchema,
  date: isoDate().nullish(),
  datePrecision: datePrecision().nullish(),
  /**
   * In absentia: the hearing notice went to an address the client had already reported changing
   * (EOIR-33), so the client did not get notice as INA 239(a) requires (reopen at any time).
   */
  noticeToOldAddress: triState().optional(),
  notes: optionalText(TEXT_LONG),
});

export const PriorFilingKindSchema = enumOf([
  'i589',
  '212c',
  'suspension',
  'cancellation',
  'daca',
  'tps',
  'i130',
  'i140',
  'i360',
  'i918',
  'i914',
  'labor_certification',
  'other',
]);
export const FilingStatusSchema = enumOf(['pending', 'approved', 'denied', 'withdrawn', 'unknown']);
export const FilingBeneficiarySchema = enumOf(['client', 'spouse', 'parent', 'other']);

/** USCIS receipt number: three letters and ten digits, e.g. `IOE0912345678`. */
export const ReceiptNumberSchema = z
  .string({ error: 'validation.receiptNumber.format' })
  .regex(/^[A-Z]{3}[0-9]{10}$/, { error: 'validation.receiptNumber.format' });

export const PriorFilingSchema = strict({
  id: uuid(),
  kind: PriorFilingKindSchema,
  filedOn: isoDate().nullish(),
  receiptNumber: ReceiptNumberSchema.nullish(),
  priorityDate: isoDate().nullish(),
  status: FilingStatusSchema,
  beneficiary: FilingBeneficiarySchema,
});

export const DispositionSchema = enumOf([
  'pending',
  'convicted',
  'dismissed',
  'acquitted',
  'diverted',
  'unknown',
]);

export const CriminalEventSchema = strict({
  id: uuid(),
  offense: requiredText(TEXT_SHORT),
  statute: optionalText(TEXT_NAME),
  jurisdiction: optionalText(TEXT_NAME),
  offenseDate: isoDate().nullish(),
  arrestDate: isoDate().nullish(),
  court: optionalText(TEXT_NAME),
  disposition: DispositionSchema,
  convictionDate: isoDate().nullish(),
  /** As pronounced, including any suspended part. */
  sentence: optionalText(TEXT_SHORT),
  sentenceDate: isoDate().nullish(),
  sentenceDays: int(0, 365 * 200).nullish(),
  probation: optionalText(TEXT_SHORT),
  documentsHeld: bool(),
  /**
   * The attorney's call: is this an offense referred to in INA 212(a)(2) that stops the cancellation
   * clock (INA 240A(d)(1); Barton v. Barr)? null = not decided; the calculator then shows both ways.
   */
  triggersStopTime: triState().optional(),
  /**
   * The attorney's call: is this conviction an aggravated felony (INA 101(a)(43))? null = not
   * decided; screening then only says "possibly barred" where the facts suggest it.
   */
  aggravatedFelony: triState().optional(),
  /** The attorney's call: a particularly serious crime (INA 208(b)(2)(A)(ii), 241(b)(3)(B)(ii))? */
  particularlySeriousCrime: triState().optional(),
});

export const EntriesSchema = entityList(EntrySchema, 200);
export const DeparturesSchema = entityList(DepartureSchema, 500);
export const PriorOrdersSchema = entityList(PriorOrderSchema, 50);
export const PriorFilingsSchema = entityList(PriorFilingSchema, 100);
export const CriminalEventsSchema = entityList(CriminalEventSchema, 200);

export type Entry = z.infer<typeof EntrySchema>;
export type Departure = z.infer<typeof DepartureSchema>;
export type PriorOrder = z.infer<typeof PriorOrderSchema>;
export type PriorFiling = z.infer<typeof PriorFilingSchema>;
export type CriminalEvent = z.infer<typeof CriminalEventSchema>;
